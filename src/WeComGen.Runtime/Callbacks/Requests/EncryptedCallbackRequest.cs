namespace WeComGen.Callbacks;

/// <summary>A callback request as WeCom sends it to the callback URL.</summary>
/// <param name="Method"><c>GET</c> for a URL verification, <c>POST</c> for a callback.</param>
/// <param name="QueryString">The query string with its leading <c>?</c>, values URL-encoded.</param>
/// <param name="Body">The XML body of a POST (<c>application/xml</c>); <see langword="null"/> for a GET.</param>
public sealed record EncryptedCallbackRequest(string Method, string QueryString, string? Body)
{
    /// <summary><paramref name="path"/> with the query string appended.</summary>
    public string PathAndQuery(string path) => path + QueryString;
}
