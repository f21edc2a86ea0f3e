using System.Globalization;
using WeComGen.Endpoints;
using WeComGen.Validation;

namespace WeComGen.Client;

/// <summary>An error code a WeCom endpoint answered with, read against the schema's error table.</summary>
/// <param name="Endpoint">The endpoint that answered (<c>SendWelcomeMsg</c>, <c>gettoken</c>).</param>
/// <param name="Code">The <c>errcode</c>.</param>
/// <param name="ErrMsg">The <c>errmsg</c> the server sent.</param>
/// <param name="Action">What the client does about the code, from the table.</param>
/// <param name="Info">The code's row in the error table; <see langword="null"/> when the schema does not list it.</param>
public sealed record ApiError(string Endpoint, int Code, string? ErrMsg, ErrorAction Action, ErrorCodeInfo? Info)
{
    /// <summary>Reads <paramref name="code"/> against <paramref name="table"/>.</summary>
    public static ApiError Read(ErrorTable table, string endpoint, int code, string? errMsg) =>
        new(endpoint, code, errMsg, table.ActionFor(code), table.Find(code));

    /// <summary>What the code means, from the schema; <see langword="null"/> for an unlisted code.</summary>
    public string? Meaning => Info?.Meaning;

    /// <summary>What a person should do about it, from the schema, when it says.</summary>
    public string? Hint => Info?.Hint;

    /// <summary>The answer on one line, in the current UI culture's language; the server's errmsg and the schema's meaning and hint as written.</summary>
    public override string ToString()
    {
        var culture = CultureInfo.CurrentUICulture;
        var text = ContractMessages.ApiErrorAnswered(Endpoint, Code).ToString(culture);
        if (!string.IsNullOrEmpty(ErrMsg))
        {
            text += $" ({ErrMsg})";
        }

        if (Meaning is not null)
        {
            text += $": {Meaning}";
        }

        return Hint is null ? text : ContractMessages.ApiErrorFix(text, Hint).ToString(culture);
    }
}
