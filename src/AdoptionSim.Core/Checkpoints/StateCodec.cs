using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace AdoptionSim.Core.Checkpoints;

/// <summary>
/// Writes and restores an object graph field by field, by reflection, so that a checkpoint holds every field
/// of the state without a list to keep up to date: a field added to a state class is saved and restored
/// with no further code (or, if its type cannot be, <see cref="Schema"/> throws naming it).
/// <para>
/// Every instance field of every class reached is written, private and compiler-generated ones included;
/// arrays and lists of unmanaged values as their raw bytes (floats keep their bits); shared references are
/// written once and shared again on reading. Fields of an <em>input</em> type (the scenario's specification,
/// rebuilt from the scenario on resume) are neither written nor touched. <see cref="Read"/> populates an
/// existing graph built the same way, so objects keep their identity where the writer's did.
/// </para>
/// Supported: primitives, enums, strings, structs, classes, one-dimensional arrays and <see cref="List{T}"/>.
/// Anything else (dictionaries, whose order depends on history; delegates; multi-dimensional arrays) is refused.
/// </summary>
public static class StateCodec
{
    /// <summary>How a reference is written: null, one written before (its number follows), or new (its contents follow).</summary>
    internal const byte Null = 0, Seen = 1, New = 2;

    /// <summary>Writes every field of <paramref name="root"/> (and of what it reaches) to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, object root, Func<Type, bool> isInput)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        new GraphWriter(writer, isInput).Fields(root, root.GetType());
    }

    /// <summary>Overwrites every field of <paramref name="root"/> with what <see cref="Write"/> saved.</summary>
    public static void Read(Stream stream, object root, Func<Type, bool> isInput)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        new GraphReader(reader, isInput).Fields(root, root.GetType());
    }

    /// <summary>
    /// The layout of every type reachable from <paramref name="root"/> (type, fields and their types, in the
    /// order they are written): a checkpoint records its hash and refuses to load into a different layout.
    /// Throws <see cref="NotSupportedException"/> naming the field whose type cannot be saved.
    /// </summary>
    public static string Schema(Type root, Func<Type, bool> isInput)
    {
        var text = new StringBuilder();
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([root]);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type)) continue;
            text.Append(type.FullName).Append('{');
            foreach (var field in FieldsOf(type))
            {
                text.Append(field.Name).Append(':').Append(field.FieldType.FullName).Append(';');
                if (isInput(field.FieldType)) continue;
                foreach (var reached in Reached(field.FieldType, $"{type.Name}.{field.Name}")) pending.Enqueue(reached);
            }
            text.Append("}\n");
        }
        return text.ToString();
    }

    /// <summary>The types whose fields a value of <paramref name="type"/> brings in; throws for what cannot be saved.</summary>
    private static IEnumerable<Type> Reached(Type type, string where)
    {
        switch (KindOf(type))
        {
            case Kind.Unsupported:
                throw new NotSupportedException($"{where}: a field of type {type} cannot be checkpointed (supported: primitives, enums, strings, structs, classes, T[] and List<T>)");
            case Kind.Array or Kind.List:
                var element = ElementOf(type);
                return UnmanagedSize(element) >= 0 ? [] : Reached(element, where + "[]");
            case Kind.Struct or Kind.Class:
                return [type];
            default:
                return [];
        }
    }

    internal enum Kind { String, Unmanaged, Struct, Class, Array, List, Unsupported }

    private static readonly ConcurrentDictionary<Type, Kind> KindCache = new();

    /// <summary>
    /// How values of a type are written, worked out once per type: the walk asks for every element of every array
    /// (a million per per-firm array), and the reflection below cost about a microsecond each time.
    /// </summary>
    internal static Kind KindOf(Type type) => KindCache.GetOrAdd(type, ComputeKind);

    private static Kind ComputeKind(Type type)
    {
        if (type == typeof(IntPtr) || type == typeof(UIntPtr)) return Kind.Unsupported;
        if (type.IsPrimitive || type.IsEnum) return Kind.Unmanaged;
        if (type == typeof(string)) return Kind.String;
        if (type.IsPointer || type.IsByRef || typeof(Delegate).IsAssignableFrom(type) || type == typeof(object) || type.IsInterface || type.IsAbstract)
            return Kind.Unsupported;
        if (type.IsArray) return type.GetArrayRank() == 1 ? Kind.Array : Kind.Unsupported;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)) return Kind.List;
        if (typeof(IEnumerable).IsAssignableFrom(type) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true && !type.IsValueType)
            return Kind.Unsupported; // dictionaries, sets, queues, framework classes with hidden state
        if (type.IsValueType) return UnmanagedSize(type) >= 0 ? Kind.Unmanaged : Kind.Struct;
        return Kind.Class;
    }

    internal static Type ElementOf(Type type) => type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[0];

    private static readonly Dictionary<Type, FieldInfo[]> FieldCache = [];
    private static readonly Dictionary<Type, int> SizeCache = [];

    /// <summary>Every instance field of a type and its base classes, in a fixed order (base first, then by metadata token).</summary>
    internal static FieldInfo[] FieldsOf(Type type)
    {
        lock (FieldCache)
        {
            if (FieldCache.TryGetValue(type, out var cached)) return cached;
            var fields = new List<FieldInfo>();
            for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
                fields.InsertRange(0, t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .OrderBy(f => f.MetadataToken));
            return FieldCache[type] = [.. fields];
        }
    }

    /// <summary>The size of a value type with no references in it (written as raw bytes), or -1.</summary>
    internal static int UnmanagedSize(Type type)
    {
        if (!type.IsValueType) return -1;
        lock (SizeCache)
        {
            if (SizeCache.TryGetValue(type, out var size)) return size;
            var hasReferences = (bool)typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.IsReferenceOrContainsReferences))!
                .MakeGenericMethod(type).Invoke(null, null)!;
            size = hasReferences ? -1 : (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(type).Invoke(null, null)!;
            return SizeCache[type] = size;
        }
    }

    /// <summary>The bytes of a one-dimensional array of unmanaged values.</summary>
    internal static Span<byte> BytesOf(Array array, int elementSize) =>
        MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(array), checked(array.Length * elementSize));

    /// <summary>The bytes of a boxed unmanaged value.</summary>
    internal static Span<byte> BytesOfBoxed(object boxed, int size) =>
        MemoryMarshal.CreateSpan(ref RawData(boxed), size);

    private static ref byte RawData(object boxed) => ref Unsafe.As<RawObject>(boxed).Data;

    /// <summary>The layout of any object: its method table pointer, then its data.</summary>
    private sealed class RawObject
    {
        public byte Data;
    }
}
