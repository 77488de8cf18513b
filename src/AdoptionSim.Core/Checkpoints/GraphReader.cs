using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using static AdoptionSim.Core.Checkpoints.StateCodec;

namespace AdoptionSim.Core.Checkpoints;

/// <summary>
/// The reading half of <see cref="StateCodec"/>: the same walk as <see cref="GraphWriter"/>, overwriting each
/// field; class instances already in the graph are filled in place (so objects the writer shared stay shared).
/// </summary>
internal sealed class GraphReader(BinaryReader input, Func<Type, bool> isInput)
{
    private readonly List<object> _objects = [];

    public void Fields(object instance, Type type)
    {
        foreach (var field in FieldsOf(type))
        {
            if (isInput(field.FieldType)) continue;
            field.SetValue(instance, Value(field.FieldType, field.GetValue(instance)));
        }
    }

    private object? Value(Type declared, object? existing)
    {
        switch (KindOf(declared))
        {
            case Kind.Unmanaged:
                var boxed = RuntimeHelpers.GetUninitializedObject(declared);
                input.BaseStream.ReadExactly(BytesOfBoxed(boxed, UnmanagedSize(declared)));
                return boxed;
            case Kind.Struct:
                var copy = existing ?? RuntimeHelpers.GetUninitializedObject(declared);
                Fields(copy, declared);
                return copy;
        }

        switch (input.ReadByte())
        {
            case Null:
                return null;
            case Seen:
                var number = input.ReadInt32();
                if ((uint)number >= (uint)_objects.Count) throw new InvalidDataException($"checkpoint refers to object {number} before it was written");
                return _objects[number];
            case New:
                break;
            default:
                throw new InvalidDataException("checkpoint is damaged: unknown reference tag");
        }

        var name = input.ReadString();
        var type = name.Length == 0 ? declared : Type.GetType(name) ?? throw new InvalidDataException($"checkpoint names a type this build does not have: {name}");
        switch (KindOf(type))
        {
            case Kind.String:
                var text = input.ReadString();
                _objects.Add(text);
                return text;
            case Kind.Array:
                return Array(type, existing as System.Collections.IList);
            case Kind.List:
                return List(type, existing as System.Collections.IList);
            case Kind.Class:
                var instance = existing is not null && existing.GetType() == type ? existing : RuntimeHelpers.GetUninitializedObject(type);
                _objects.Add(instance);
                Fields(instance, type);
                return instance;
            default:
                throw new InvalidDataException($"checkpoint holds a value of type {type}, which cannot be checkpointed");
        }
    }

    /// <summary>The element of the graph being filled at <paramref name="index"/>, so objects built from the scenario keep their input fields.</summary>
    private static object? ExistingAt(System.Collections.IList? existing, int index) =>
        existing is not null && index < existing.Count ? existing[index] : null;

    private Array Array(Type type, System.Collections.IList? existing)
    {
        var length = Count();
        var element = ElementOf(type);
        var array = System.Array.CreateInstance(element, length);
        _objects.Add(array);
        var size = UnmanagedSize(element);
        if (size >= 0)
        {
            input.BaseStream.ReadExactly(BytesOf(array, size));
            return array;
        }
        if (!element.IsValueType)
        {
            // As the writer: an array of references is an object[], set without Array.SetValue's reflection.
            var items = (object?[])array;
            for (var i = 0; i < length; i++) items[i] = Value(element, ExistingAt(existing, i));
            return array;
        }
        for (var i = 0; i < length; i++) array.SetValue(Value(element, ExistingAt(existing, i)), i);
        return array;
    }

    private object List(Type type, System.Collections.IList? existing)
    {
        var count = Count();
        var element = ElementOf(type);
        if (UnmanagedSize(element) >= 0)
        {
            var raw = ReadRaw.MakeGenericMethod(element).Invoke(null, [input, count])!;
            _objects.Add(raw);
            return raw;
        }
        var list = (System.Collections.IList)Activator.CreateInstance(type, count)!;
        _objects.Add(list);
        for (var i = 0; i < count; i++) list.Add(Value(element, ExistingAt(existing, i)));
        return list;
    }

    private int Count()
    {
        var count = input.ReadInt32();
        if (count < 0) throw new InvalidDataException("checkpoint is damaged: negative length");
        return count;
    }

    private static readonly MethodInfo ReadRaw = typeof(GraphReader).GetMethod(nameof(ReadUnmanaged), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static List<T> ReadUnmanaged<T>(BinaryReader input, int count) where T : struct
    {
        var list = new List<T>(count);
        CollectionsMarshal.SetCount(list, count);
        input.BaseStream.ReadExactly(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(list)));
        return list;
    }
}
