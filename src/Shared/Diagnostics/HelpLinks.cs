using System.Linq;
using System.Reflection;

namespace WeComGen.Diagnostics;

/// <summary>
/// Where each diagnostic's documentation page lives: docs/diagnostics/{ID}.md at the tag of the version that reports
/// it. The address is the build's WeComGenDocsUrl property, stamped into this assembly as metadata.
/// </summary>
internal static class HelpLinks
{
    private static readonly string Base = typeof(HelpLinks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(metadata => metadata.Key == "WeComGenDocsUrl").Value + "diagnostics/";

    public static string For(string id) => Base + id + ".md";
}
