using System.Reflection;
using System.Runtime.InteropServices;
using static AdoptionSim.Core.Checkpoints.StateCodec;

namespace AdoptionSim.Core.Checkpoints;

/// <summary>The writing half of <see cref="StateCodec"/>: walks the graph in field order, each shared object once.</summary>
internal sealed class GraphWriter(BinaryWriter output, Func<Type, bool> isInput)
{
    private readonly Dictionary<object, int> _numbers = new(ReferenceEqualityComparer.Instance);

    /// <summary>Writes every field of <paramref name="instance"/> (a class instance or a boxed struct).</summary>
    public void Fields(object instance, Type type)
    {
        foreach (var field in FieldsOf(type))
        {
            if (isInput(field.FieldType)) continue;
            Value(field.GetValue(instance), field.FieldType, field);
        }
    }

    private void Value(object? value, Type declared, FieldInfo where)
    {
        switch (KindOf(declared))
        {
            case Kind.Unmanaged:
                output.Write(BytesOfBoxed(value!, UnmanagedSize(declared)));
                return;
            case Kind.Struct:
                Fields(value!, declared);
                return;
            case Kind.Unsupported:
                throw new NotSupportedException($"{where.DeclaringType?.Name}.{where.Name}: a field of type {declared} cannot be checkpointed");
        }

        if (value is null)
        {
            output.Write(Null);
            return;
        }
        if (WrittenBefore(value)) return;
        var type = value.GetType();
        output.Write(type == declared ? "" : type.AssemblyQualifiedName!);
        switch (KindOf(type))
        {
            case Kind.String:
                output.Write((string)value);
                break;
            case Kind.Array:
                Array((Array)value, where);
                break;
            case Kind.List:
                List(value, type, where);
                break;
            case Kind.Class:
                Fields(value, type);
                break;
            default:
                throw new NotSupportedException($"{where.DeclaringType?.Name}.{where.Name}: a value of type {type} cannot be checkpointed");
        }
    }

    private void Array(Array array, FieldInfo where)
    {
        output.Write(array.Length);
        var element = ElementOf(array.GetType());
        var size = UnmanagedSize(element);
        if (size >= 0)
        {
            output.Write(BytesOf(array, size));
            return;
        }
        if (!element.IsValueType)
        {
            // An array of references is an object[] (array covariance): its elements are read without Array.GetValue,
            // which goes through reflection for each (a per-firm array of idea lists has a million).
            var items = (object?[])array;
            _numbers.EnsureCapacity(_numbers.Count + items.Length);
            var leafSize = element.IsArray ? UnmanagedSize(element.GetElementType()!) : -1;
            foreach (var item in items)
            {
                if (leafSize >= 0 && item is not null && item.GetType() == element) LeafArray((Array)item, leafSize);
                else Value(item, element, where);
            }
            return;
        }
        for (var i = 0; i < array.Length; i++) Value(array.GetValue(i), element, where);
    }

    /// <summary>
    /// An object's reference tag: <see cref="Seen"/> and its number when it was written before (true: nothing more to
    /// write), else <see cref="New"/>, numbered for later references (false: its contents follow).
    /// </summary>
    private bool WrittenBefore(object value)
    {
        if (_numbers.TryGetValue(value, out var number))
        {
            output.Write(Seen);
            output.Write(number);
            return true;
        }
        _numbers.Add(value, _numbers.Count);
        output.Write(New);
        return false;
    }

    /// <summary>
    /// What <see cref="Value"/> writes for an array of unmanaged values held where its own type is declared (a firm's
    /// idea list), without asking the type's kind, element and size again for each of a million.
    /// </summary>
    private void LeafArray(Array array, int elementSize)
    {
        if (WrittenBefore(array)) return;
        output.Write(""); // the declared type
        output.Write(array.Length);
        output.Write(BytesOf(array, elementSize));
    }

    private void List(object list, Type type, FieldInfo where)
    {
        var element = ElementOf(type);
        var items = (System.Collections.IList)list;
        output.Write(items.Count);
        if (UnmanagedSize(element) >= 0)
        {
            WriteRaw.MakeGenericMethod(element).Invoke(null, [output, list]);
            return;
        }
        for (var i = 0; i < items.Count; i++) Value(items[i], element, where);
    }

    private static readonly MethodInfo WriteRaw = typeof(GraphWriter).GetMethod(nameof(WriteUnmanaged), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static void WriteUnmanaged<T>(BinaryWriter output, List<T> list) where T : struct =>
        output.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(list)));
}
