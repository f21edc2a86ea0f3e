using System.IO;
using System.Text;
using System.Xml;

namespace WeComGen.Callbacks;

/// <summary>Writes the flat <c>&lt;xml&gt;</c> documents of the scheme (request bodies and encrypted replies).</summary>
internal static class CallbackXmlWriter
{
    /// <summary>One element: its name, its text, and whether the text goes in a CDATA section as WeCom writes strings.</summary>
    public readonly record struct Element(string Name, string Value, bool CData = true);

    public static string Write(params Element[] elements)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(new StringWriter(text), settings))
        {
            writer.WriteStartElement("xml");
            foreach (var element in elements)
            {
                writer.WriteStartElement(element.Name);
                if (element.CData)
                {
                    writer.WriteCData(element.Value);
                }
                else
                {
                    writer.WriteString(element.Value);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return text.ToString();
    }
}
