using System;
using System.Collections;
using System.Collections.Generic;

namespace WeComGen.Callbacks;

/// <summary>
/// The top-level elements of a callback's <c>&lt;xml&gt;</c> by name, in document order: an element's text, or
/// its inner XML when it has child elements. A name that repeats keeps its first value; the full document is
/// kept beside it, so nothing is lost.
/// </summary>
public sealed class CallbackFields : IReadOnlyDictionary<string, string>
{
    private readonly Dictionary<string, string> _values;
    private readonly List<string> _order;

    internal CallbackFields(IEnumerable<KeyValuePair<string, string>> elements)
    {
        _values = new Dictionary<string, string>(StringComparer.Ordinal);
        _order = [];
        foreach (var element in elements)
        {
            if (!_values.ContainsKey(element.Key))
            {
                _values.Add(element.Key, element.Value);
                _order.Add(element.Key);
            }
        }
    }

    /// <inheritdoc/>
    public int Count => _order.Count;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _order;

    /// <inheritdoc/>
    public IEnumerable<string> Values
    {
        get
        {
            foreach (var key in _order)
            {
                yield return _values[key];
            }
        }
    }

    /// <inheritdoc/>
    public string this[string key] => _values[key];

    /// <summary>The element's value, or <see langword="null"/> when it is absent or empty.</summary>
    public string? Find(string name) => _values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <inheritdoc/>
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc/>
#pragma warning disable CS8767 // net8.0 annotates the interface [MaybeNullWhen(false)], netstandard2.0 does not; one signature serves both.
    public bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
#pragma warning restore CS8767

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        foreach (var key in _order)
        {
            yield return new KeyValuePair<string, string>(key, _values[key]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The element names only: values may hold credentials.</summary>
    public override string ToString() => "{" + string.Join(", ", _order) + "}";
}
