using System.Linq;

namespace WeComGen.Diagnostics;

/// <summary>
/// Tag values are objects: the numbers nearly every call records (an attempt's number, errcode 0, HTTP 200) are boxed
/// once here rather than on every measurement and span.
/// </summary>
internal static class TagValues
{
    private const int Ok = 200;
    private static readonly object[] Small = Enumerable.Range(0, 16).Select(number => (object)number).ToArray();
    private static readonly object BoxedOk = Ok;

    /// <summary><paramref name="value"/> as a tag value, shared when it is a common one.</summary>
    public static object Of(int value) => value switch
    {
        >= 0 and < 16 => Small[value],
        Ok => BoxedOk,
        _ => value,
    };
}
