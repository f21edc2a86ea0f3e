using System.Collections.Generic;
using System.Linq;

namespace WeComGen.Endpoints;

/// <summary>The schema's error table: what every documented error code means and what to do about it.</summary>
public sealed class ErrorTable
{
    private readonly Dictionary<int, ErrorCodeInfo> _byCode;

    /// <summary>Creates the table from its rows; a code listed twice keeps its first row.</summary>
    public ErrorTable(IEnumerable<ErrorCodeInfo> rows)
    {
        _byCode = new Dictionary<int, ErrorCodeInfo>();
        foreach (var row in rows)
        {
            if (!_byCode.ContainsKey(row.Code))
            {
                _byCode.Add(row.Code, row);
            }
        }
    }

    /// <summary>Every row, ordered by code.</summary>
    public IEnumerable<ErrorCodeInfo> Rows => _byCode.Values.OrderBy(r => r.Code);

    /// <summary>The row for <paramref name="code"/>, or <see langword="null"/> when the schema does not list it.</summary>
    public ErrorCodeInfo? Find(int code) => _byCode.TryGetValue(code, out var row) ? row : null;

    /// <summary>
    /// What to do about <paramref name="code"/>: its row's action, <see cref="ErrorAction.Ok"/> for 0 when unlisted,
    /// and <see cref="ErrorAction.Rejected"/> for any other code the schema does not list.
    /// </summary>
    public ErrorAction ActionFor(int code) => Find(code)?.Action ?? (code == 0 ? ErrorAction.Ok : ErrorAction.Rejected);
}
