using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace WeComGen.Callbacks;

/// <summary>
/// Reads the flat <c>&lt;xml&gt;</c> documents of WeCom callbacks safely: no DTD (so no entity expansion, no
/// external entities), no resolver, and a size cap enforced before and while reading.
/// </summary>
internal static class SafeXml
{
    private const string RootName = "xml";

    /// <summary>Reads the top-level fields of <paramref name="xml"/>, refusing documents over <paramref name="maxChars"/> characters.</summary>
    public static CallbackResult<CallbackFields> ReadFields(string xml, int maxChars, string what)
    {
        if (xml.Length > maxChars)
        {
            return CallbackResult.Fail(CallbackErrorReason.TooLarge, $"The {what} is larger than the limit of {maxChars} characters.");
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxChars,
            MaxCharactersFromEntities = maxChars,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };

        XElement root;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            root = XElement.Load(reader);
        }
        catch (XmlException e)
        {
            // The exception text can quote the document; only the position is reported.
            return CallbackResult.Fail(
                CallbackErrorReason.MalformedXml,
                $"The {what} is not well-formed XML, or has a DTD (line {e.LineNumber}, position {e.LinePosition}).");
        }

        if (root.Name.LocalName != RootName)
        {
            return CallbackResult.Fail(CallbackErrorReason.MalformedXml, $"The {what} must have an <{RootName}> root element.");
        }

        return CallbackResult.Success(new CallbackFields(root.Elements().Select(Field)));
    }

    private static KeyValuePair<string, string> Field(XElement element) =>
        new(
            element.Name.LocalName,
            element.HasElements ? string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))) : element.Value);
}
