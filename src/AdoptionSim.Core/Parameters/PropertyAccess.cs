using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace AdoptionSim.Core.Parameters;

/// <summary>
/// Reads a property named by a typed lambda (<c>a =&gt; a.P</c>): its file key (the name in snake_case) and
/// typed accessors made from its get and set methods, once, when a schema is built. A misspelt property does
/// not compile, and there is no key to misspell.
/// </summary>
internal static class PropertyAccess
{
    public static string KeyOf(string propertyName) => JsonNamingPolicy.SnakeCaseLower.ConvertName(propertyName);

    public static (PropertyInfo Property, Func<T, TValue> Get, Action<T, TValue> Set) Of<T, TValue>(Expression<Func<T, TValue>> property)
    {
        var info = Property(property.Body, property.Parameters[0]);
        if (info.PropertyType != typeof(TValue) || info.GetMethod is null || info.SetMethod is not { IsPublic: true })
        {
            throw new ArgumentException($"{typeof(T).Name}.{info.Name} must be a public {typeof(TValue).Name} property with a public setter", nameof(property));
        }

        return (info, info.GetMethod.CreateDelegate<Func<T, TValue>>(), info.SetMethod.CreateDelegate<Action<T, TValue>>());
    }

    /// <summary>The properties a chain like <c>s =&gt; s.Adoption.P</c> goes through, outermost first.</summary>
    public static List<PropertyInfo> Chain(LambdaExpression path)
    {
        var chain = new List<PropertyInfo>();
        var node = path.Body;
        while (node is MemberExpression { Member: PropertyInfo info } member)
        {
            chain.Insert(0, info);
            node = member.Expression;
        }

        return node == path.Parameters[0] && chain.Count > 0
            ? chain
            : throw new ArgumentException($"'{path}' is not a chain of properties", nameof(path));
    }

    private static PropertyInfo Property(Expression body, ParameterExpression parameter) =>
        body is MemberExpression { Member: PropertyInfo info } member && member.Expression == parameter
            ? info
            : throw new ArgumentException($"'{body}' is not a property of the parameter", nameof(body));
}
