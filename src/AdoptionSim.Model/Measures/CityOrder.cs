namespace AdoptionSim.Model.Measures;

/// <summary>
/// Selects the cities a gap measure uses and puts them in one canonical order.
/// Every sum in the gap measures runs over this order, so a measure is bit-for-bit the same whatever
/// order the caller lists the cities in (floating-point addition is not associative; sorting first is
/// the cheapest way to make order invariance exact rather than "to rounding").
/// </summary>
internal static class CityOrder
{
    /// <summary>
    /// Validates the inputs, writes into <paramref name="order"/> the indices of usable cities
    /// (finite value and weight &gt; 0) sorted by (value, weight, group), and returns how many there are.
    /// </summary>
    /// <param name="groups">Group labels, or an empty span when the measure does not use groups.</param>
    /// <exception cref="ArgumentException">Lengths differ, a weight is negative or not finite, or a label is negative.</exception>
    public static int Build(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, ReadOnlySpan<int> groups, Span<int> order)
    {
        if (weights.Length != values.Length)
            throw new ArgumentException($"weights has {weights.Length} entries but values has {values.Length}", nameof(weights));
        if (!groups.IsEmpty && groups.Length != values.Length)
            throw new ArgumentException($"groups has {groups.Length} entries but values has {values.Length}", nameof(groups));
        if (order.Length < values.Length)
            throw new ArgumentException($"scratch needs at least {values.Length} entries, has {order.Length}", nameof(order));

        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var w = weights[i];
            if (!double.IsFinite(w) || w < 0)
                throw new ArgumentException($"weight {i} is {w}; weights must be finite and non-negative", nameof(weights));
            if (!groups.IsEmpty && groups[i] < 0)
                throw new ArgumentException($"group label {i} is {groups[i]}; labels must be non-negative", nameof(groups));
            // A city with no weight (no people, no firms) or an undefined value (e.g. mean productivity of
            // a city with no firms) is not part of the distribution.
            if (w > 0 && double.IsFinite(values[i])) order[count++] = i;
        }

        HeapSort(order[..count], values, weights, groups);
        return count;
    }

    /// <summary>In-place heap sort: O(n log n), no recursion, no allocation, and n is small (cities).</summary>
    private static void HeapSort(Span<int> a, ReadOnlySpan<double> values, ReadOnlySpan<double> weights, ReadOnlySpan<int> groups)
    {
        var n = a.Length;
        for (var start = n / 2 - 1; start >= 0; start--) SiftDown(a, start, n, values, weights, groups);
        for (var end = n - 1; end > 0; end--)
        {
            (a[0], a[end]) = (a[end], a[0]);
            SiftDown(a, 0, end, values, weights, groups);
        }
    }

    private static void SiftDown(Span<int> a, int root, int size, ReadOnlySpan<double> values, ReadOnlySpan<double> weights, ReadOnlySpan<int> groups)
    {
        while (true)
        {
            var child = 2 * root + 1;
            if (child >= size) return;
            if (child + 1 < size && Compare(a[child + 1], a[child], values, weights, groups) > 0) child++;
            if (Compare(a[child], a[root], values, weights, groups) <= 0) return;
            (a[root], a[child]) = (a[child], a[root]);
            root = child;
        }
    }

    /// <summary>
    /// Total order on cities by (value, weight, group). Cities equal on all three are interchangeable
    /// for every measure, so leaving their relative order open does not break invariance.
    /// </summary>
    private static int Compare(int i, int j, ReadOnlySpan<double> values, ReadOnlySpan<double> weights, ReadOnlySpan<int> groups)
    {
        var c = values[i].CompareTo(values[j]);
        if (c != 0) return c;
        c = weights[i].CompareTo(weights[j]);
        if (c != 0 || groups.IsEmpty) return c;
        return groups[i].CompareTo(groups[j]);
    }
}
