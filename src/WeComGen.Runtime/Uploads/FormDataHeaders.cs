using System;
using System.Globalization;
using System.Text;

namespace WeComGen.Uploads;

/// <summary>
/// The header lines of a <c>multipart/form-data</c> file part, as WeCom's upload example writes them:
/// <c>Content-Disposition: form-data; name="media"; filename="…"; filelength=N</c> and <c>Content-Type</c>.
/// </summary>
/// <remarks>
/// Names travel as UTF-8 inside the quotes, with <c>"</c>, CR and LF percent-encoded (<c>%22</c>, <c>%0D</c>,
/// <c>%0A</c>): what RFC 7578 §4.2 allows and browsers send, and what WeCom-facing SDKs send (raw UTF-8). No
/// <c>filename*</c>: RFC 7578 forbids it in form data. HttpClient's <c>MultipartFormDataContent</c> is not used
/// because it writes a non-ASCII name as an RFC 2047 word (<c>=?utf-8?B?…?=</c>) plus <c>filename*</c>, which a
/// form-data server shows as is.
/// </remarks>
internal static class FormDataHeaders
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The opening of a file part: its boundary line and header lines, up to the blank line before its bytes.</summary>
    public static byte[] PartOpening(string boundary, string name, string fileName, long? fileLength, string contentType)
    {
        var text = new StringBuilder()
            .Append("--").Append(boundary).Append("\r\n")
            .Append("Content-Disposition: form-data; name=\"").Append(Quoted(name))
            .Append("\"; filename=\"").Append(Quoted(fileName)).Append('"');
        if (fileLength is { } length)
        {
            text.Append("; filelength=").Append(length.ToString(CultureInfo.InvariantCulture));
        }

        text.Append("\r\nContent-Type: ").Append(contentType).Append("\r\n\r\n");
        return Utf8.GetBytes(text.ToString());
    }

    /// <summary>What follows the last part's bytes: the line break and the closing boundary.</summary>
    public static byte[] Closing(string boundary) => Utf8.GetBytes($"\r\n--{boundary}--\r\n");

    /// <summary>What follows a part's bytes when another part comes next.</summary>
    public static readonly byte[] PartEnd = [(byte)'\r', (byte)'\n'];

    /// <summary>A boundary no file holds by chance: random per request.</summary>
    public static string NewBoundary() => "WeComGen-" + Guid.NewGuid().ToString("N");

    /// <summary>The text of a quoted parameter: the characters that would end the quotes or the header line, percent-encoded.</summary>
    public static string Quoted(string value) =>
        value.IndexOfAny(['"', '\r', '\n']) < 0
            ? value
            : value.Replace("\"", "%22").Replace("\r", "%0D").Replace("\n", "%0A");
}
