using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace WeComGen.Generator.Schema;

/// <summary>C# names from wire names.</summary>
internal static class Names
{
    /// <summary><c>welcome_code</c> -> <c>WelcomeCode</c>; <c>refresh-token</c> -> <c>RefreshToken</c>.</summary>
    public static string Pascal(string wire)
    {
        var builder = new StringBuilder(wire.Length);
        var upper = true;
        foreach (var c in wire)
        {
            if (c is '_' or '-' or '.' or ' ' or '/')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    /// <summary><c>PicUrl</c> -> <c>picUrl</c>, escaped with <c>@</c> when it is a keyword.</summary>
    public static string Camel(string pascal)
    {
        var camel = pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return SyntaxFacts.GetKeywordKind(camel) != SyntaxKind.None ? "@" + camel : camel;
    }

    /// <summary>Whether <paramref name="name"/> can name a C# type or member as it is (no keywords, no <c>@</c>).</summary>
    public static bool IsIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && name[0] != '@';

    /// <summary>Whether <paramref name="name"/> is a dotted namespace of identifiers.</summary>
    public static bool IsNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (part.Length == 0 || !IsIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }
}
