using System.Text;

namespace WeComGen.Analyzers.Benchmarks;

/// <summary>
/// Consumer code as an application writes it: ten request constructions per file in the shapes the rules
/// look at (factories, nested and target-typed initializers, collection expressions with spreads, Add calls),
/// most of them right, one in ten with a mistake.
/// </summary>
internal static class SyntheticConsumer
{
    public static IEnumerable<string> Files(int files, int constructionsPerFile) =>
        Enumerable.Range(0, files).Select(f => File(f, constructionsPerFile));

    private static string File(int index, int constructions)
    {
        var code = new StringBuilder();
        code.AppendLine("using System.Collections.Generic;");
        code.AppendLine("using WeComGen.ExternalContact;");
        code.AppendLine($"namespace Consumer.Area{index % 20};");
        code.AppendLine($"public static class Welcome{index}");
        code.AppendLine("{");
        for (var i = 0; i < constructions; i++)
        {
            code.AppendLine(Construction(i)).AppendLine();
        }

        code.AppendLine("}");
        return code.ToString();
    }

    private static string Construction(int i) => (i % 10) switch
    {
        0 => $$"""
            public static SendWelcomeMsgRequest Text{{i}}(string code, string name) => new()
            {
                WelcomeCode = code,
                Text = new() { Content = "您好，" + name + "，欢迎关注" },
            };
            """,
        1 => $$"""
            public static SendWelcomeMsgRequest Images{{i}}(string code, string media) => new()
            {
                WelcomeCode = code,
                Attachments = [Attachment.CreateImage(mediaId: media), Attachment.CreateImage(picUrl: "https://wework.qpic.cn/wwpic/a.png")],
            };
            """,
        2 => $$"""
            public static SendWelcomeMsgRequest Link{{i}}(string code, string url) => new SendWelcomeMsgRequest
            {
                WelcomeCode = code,
                Text = new Text { Content = "点击查看" },
                Attachments = new List<Attachment> { Attachment.CreateLink("新品上市", url, description: "本周新品") },
            };
            """,
        3 => $$"""
            public static SendWelcomeMsgRequest Spread{{i}}(string code, Attachment[] extra)
            {
                Attachment[] fixedOnes = [Attachment.CreateVideo("VIDEO"), Attachment.CreateFile("FILE")];
                return new() { WelcomeCode = code, Attachments = [.. fixedOnes, .. extra] };
            }
            """,
        4 => $$"""
            public static SendWelcomeMsgRequest Adds{{i}}(string code, string media)
            {
                var list = new List<Attachment>();
                list.Add(Attachment.CreateImage(media));
                list.Add(Attachment.CreateMiniProgram("小程序", media, "wx0123456789abcdef", "pages/index"));
                return new() { WelcomeCode = code, Attachments = list };
            }
            """,
        5 => $$"""
            public static Attachment Union{{i}}(string media) =>
                new() { MsgType = AttachmentType.Video, Video = new() { MediaId = media } };
            """,
        6 => $$"""
            public static SendWelcomeMsgRequest Later{{i}}(string code, Text text)
            {
                var request = new SendWelcomeMsgRequest { WelcomeCode = code };
                request.Text = text;
                return request;
            }
            """,
        7 => $$"""
            public static ImageAttachment Image{{i}}(string media) => new() { MediaId = media, PicUrl = null };
            """,
        8 => $$"""
            public static SendWelcomeMsgRequest Many{{i}}(string code) => new()
            {
                WelcomeCode = code,
                Attachments = [.. new[] { Attachment.CreateFile("A"), Attachment.CreateFile("B") }, Attachment.CreateFile("C")],
            };
            """,
        _ => $$"""
            public static Attachment Mistake{{i}}(string media) =>
                new() { MsgType = AttachmentType.Image, Video = new() { MediaId = media } };
            """,
    };
}
