using System.Runtime.CompilerServices;

namespace WeComGen.Client.Tests.Support;

/// <summary>
/// HttpClient reads <c>System.Net.Http.DisableUriRedaction</c> once per process, the first time it redacts a URL for a
/// span. AddWeComClientTests turns that switch on (the factory's logging must not be relied on to redact), and tests run
/// in any order: reading the setting when the assembly loads gives HttpClient's spans, in every test, the default an
/// app has (HttpSpanRedactionTests checks them).
/// </summary>
internal static class UriRedactionSetting
{
#pragma warning disable CA2255 // A test assembly's start, not a library's.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void ReadAtStart()
    {
        var helper = typeof(HttpClient).Assembly.GetTypes().Single(type => type.Name == "UriRedactionHelper");
        RuntimeHelpers.RunClassConstructor(helper.TypeHandle);
    }
}
