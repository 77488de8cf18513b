using System.Reflection;
using System.Reflection.Emit;

namespace AdoptionSim.Cli.Tests.Architecture;

/// <summary>
/// Which namespace uses which, read from compiled assemblies: signatures (base types, interfaces,
/// fields, properties, parameters, return types) and method bodies (every type, method and field token in
/// the IL). Compiler-generated nested types (lambdas, iterators) count for the namespace that owns them.
/// </summary>
public static class NamespaceGraph
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Edges from → to between distinct namespaces that start with <paramref name="prefix"/>.</summary>
    public static SortedDictionary<string, SortedSet<string>> Build(IEnumerable<Assembly> assemblies, string prefix)
    {
        var graph = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var assembly in assemblies)
            foreach (var type in assembly.GetTypes())
            {
                var from = OwnerNamespace(type);
                if (from is null || !from.StartsWith(prefix, StringComparison.Ordinal)) continue;
                if (!graph.TryGetValue(from, out var edges)) graph[from] = edges = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var used in UsedTypes(type))
                {
                    var to = OwnerNamespace(used);
                    if (to is not null && to != from && to.StartsWith(prefix, StringComparison.Ordinal)) edges.Add(to);
                }
            }
        return graph;
    }

    /// <summary>One cycle as a list of namespaces (first repeated at the end), or null if the graph is acyclic.</summary>
    public static IReadOnlyList<string>? FindCycle(SortedDictionary<string, SortedSet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the stack, 2 done
        var stack = new List<string>();
        foreach (var start in graph.Keys)
        {
            var cycle = Visit(start);
            if (cycle is not null) return cycle;
        }
        return null;

        List<string>? Visit(string node)
        {
            if (state.TryGetValue(node, out var s))
            {
                if (s == 2) return null;
                var at = stack.IndexOf(node);
                return [.. stack.Skip(at), node];
            }
            state[node] = 1;
            stack.Add(node);
            if (graph.TryGetValue(node, out var next))
                foreach (var n in next)
                    if (Visit(n) is { } cycle) return cycle;
            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
            return null;
        }
    }

    private static string? OwnerNamespace(Type type)
    {
        while (type.IsNested) type = type.DeclaringType!;
        if (type.IsGenericParameter) return null;
        return type.Namespace;
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is not null) foreach (var t in Expand(type.BaseType)) yield return t;
        foreach (var i in type.GetInterfaces()) foreach (var t in Expand(i)) yield return t;
        foreach (var field in type.GetFields(all)) foreach (var t in Expand(field.FieldType)) yield return t;
        foreach (var property in type.GetProperties(all)) foreach (var t in Expand(property.PropertyType)) yield return t;
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info) foreach (var t in Expand(info.ReturnType)) yield return t;
            foreach (var parameter in method.GetParameters()) foreach (var t in Expand(parameter.ParameterType)) yield return t;
            foreach (var t in BodyTypes(method)) foreach (var e in Expand(t)) yield return e;
        }
    }

    /// <summary>A type and its generic arguments and element types.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType) { foreach (var t in Expand(type.GetElementType()!)) yield return t; yield break; }
        yield return type;
        if (type.IsGenericType) foreach (var a in type.GetGenericArguments()) foreach (var t in Expand(a)) yield return t;
    }

    /// <summary>Types named by the method body's IL tokens (types, fields' owners and types, methods' owners).</summary>
    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        byte[]? il;
        try { il = method.GetMethodBody()?.GetILAsByteArray(); }
        catch (InvalidOperationException) { yield break; }
        if (il is null) yield break;
        var module = method.Module;
        var typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var pc = 0; pc < il.Length;)
        {
            OpCode op;
            if (il[pc] == 0xFE) { op = OpCodesByValue[(short)(0xFE00 | il[pc + 1])]; pc += 2; }
            else { op = OpCodesByValue[il[pc]]; pc += 1; }
            var operand = op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, pc),
                _ => 4,
            };
            if (op.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, pc);
                MemberInfo? member = null;
                try { member = module.ResolveMember(token, typeArgs, methodArgs); }
                catch (ArgumentException) { }
                catch (BadImageFormatException) { }
                switch (member)
                {
                    case Type t: yield return t; break;
                    case FieldInfo f: yield return f.DeclaringType!; yield return f.FieldType; break;
                    case MethodBase m when m.DeclaringType is not null: yield return m.DeclaringType; break;
                }
            }
            pc += operand;
        }
    }
}
