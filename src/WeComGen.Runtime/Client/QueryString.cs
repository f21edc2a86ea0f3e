using System.Collections.Generic;
using System.Text;

namespace WeComGen.Client;

/// <summary>A request's query members on the wire: <c>name=value</c> pairs, each escaped by RFC 3986, joined by <c>&amp;</c>.</summary>
internal static class QueryString
{
    /// <summary>The pairs with a value, escaped and joined; <see langword="null"/> when none has a value.</summary>
    public static string? Of(KeyValuePair<string, string?>[]? members)
    {
        if (members is null)
        {
            return null;
        }

        StringBuilder? query = null;
        foreach (var member in members)
        {
            if (member.Value is null)
            {
                continue;
            }

            query = query is null ? new StringBuilder() : query.Append('&');
            query.Append(System.Uri.EscapeDataString(member.Key)).Append('=').Append(System.Uri.EscapeDataString(member.Value));
        }

        return query?.ToString();
    }
}
