using System.Resources;
using Microsoft.CodeAnalysis;
using WeComGen.Analyzers.Tests.Contracts;
using WeComGen.Analyzers.Tests.Infrastructure;
using WeComGen.CodeFixes;
using WeComGen.Validation;

namespace WeComGen.Analyzers.Tests.Localization;

/// <summary>
/// Every contract diagnostic speaks English and Chinese, in the language the compiler asks for, and in either
/// language says what the runtime's ValidationResult says for the same violation.
/// </summary>
public sealed class LocalizationTests
{
    private const string MessagesName = "WeComGen.Validation.ContractMessages";

    private static readonly ResourceManager AnalyzerMessages = new(MessagesName, typeof(ContractAnalyzer).Assembly);

    private static readonly ResourceManager RuntimeMessages = new(MessagesName, typeof(ViolationCollector).Assembly);

    private static readonly ResourceManager TitlesAndDescriptions = new("WeComGen.Analyzers.Diagnostics.ContractDiagnostics", typeof(ContractAnalyzer).Assembly);

    private static readonly ResourceManager CodeFixTitles = new("WeComGen.CodeFixes.CodeFixTitles", typeof(DocumentFix).Assembly);

    private static readonly string ChineseOverLimit = new string('中', 1333) + "xy"; // 4,001 bytes, 1,335 characters

    [Fact]
    public void Every_message_title_and_description_has_a_Chinese_translation_with_the_same_placeholders() =>
        Assert.Empty(Translations.Problems(AnalyzerMessages).Concat(Translations.Problems(RuntimeMessages)).Concat(Translations.Problems(TitlesAndDescriptions)));

    [Fact]
    public void Every_code_fix_has_a_title_in_both_languages_and_the_Chinese_one_is_Chinese()
    {
        Assert.Empty(Translations.Problems(CodeFixTitles));
        var fixes = typeof(DocumentFix).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(DocumentFix)) && !type.IsAbstract).ToArray();
        Assert.NotEmpty(fixes);
        foreach (var fix in fixes)
        {
            var english = TitleIn(Translations.English, (DocumentFix)Activator.CreateInstance(fix)!);
            var chinese = TitleIn(Translations.Chinese, (DocumentFix)Activator.CreateInstance(fix)!);
            Assert.Matches("^[A-Z][a-z ]+$", english);
            Assert.Matches(@"^[\p{IsCJKUnifiedIdeographs}]+$", chinese);
        }
    }

    [Fact]
    public async Task Under_zh_Hans_the_IDE_offers_the_fix_with_its_Chinese_title()
    {
        using (Translations.UICulture(Translations.Chinese))
        {
            await Verify.Fix<SetDiscriminatorFix>(
                "using WeComGen.ExternalContact; class C { Attachment A(string m) => new() { MsgType = {|WCG103:AttachmentType.Image|}, Video = new() { MediaId = m } }; }",
                "using WeComGen.ExternalContact; class C { Attachment A(string m) => new() { MsgType = AttachmentType.Video, Video = new() { MediaId = m } }; }",
                [WelcomeContract.Source],
                title: "将鉴别器设为与载荷一致");
        }
    }

    [Fact]
    public void Every_rule_has_a_title_a_message_and_a_description_in_both_languages_and_the_Chinese_ones_are_Chinese()
    {
        foreach (var rule in new ContractAnalyzer().SupportedDiagnostics)
        {
            foreach (var text in new[] { rule.Title, rule.MessageFormat, rule.Description })
            {
                Assert.False(string.IsNullOrWhiteSpace(text.ToString(Translations.English)), $"{rule.Id} lacks an English text");
                Assert.NotEqual(text.ToString(Translations.English), text.ToString(Translations.Chinese));
            }
        }
    }

    [Fact]
    public void Every_rules_page_gives_its_title_and_message_in_both_languages()
    {
        var problems = new ContractAnalyzer().SupportedDiagnostics
            .Select(rule => Translations.PageProblem(
                rule.Id,
                (rule.Title.ToString(Translations.English), rule.Title.ToString(Translations.Chinese)),
                (rule.MessageFormat.ToString(Translations.English), rule.MessageFormat.ToString(Translations.Chinese))))
            .OfType<string>();

        Assert.Empty(problems);
    }

    public static TheoryData<string> Violations => ["WCG101", "WCG103", "WCG104", "WCG107"];

    [Theory]
    [MemberData(nameof(Violations))]
    public async Task The_analyzer_says_in_Chinese_what_the_runtime_says_in_Chinese(string id)
    {
        var (code, violate) = Violation(id);
        var diagnostic = Assert.Single(await InMemoryCompilation.AnalyzeAsync(InMemoryCompilation.Create(WelcomeContract.Source, code)), d => d.Id == id);

        foreach (var culture in new[] { Translations.Chinese, Translations.English })
        {
            using (Translations.UICulture(culture))
            {
                var collector = new ViolationCollector();
                violate(collector);
                var violation = Assert.Single(collector.ToResult().Violations);

                // The runtime names the member by its JSON path from the value validated, the analyzer by its wire name.
                Assert.Equal(violation.Message, "$." + diagnostic.GetMessage(culture));
            }
        }
    }

    [Fact]
    public async Task Under_zh_Hans_a_diagnostic_reads_as_WeCom_writes_its_limits()
    {
        var diagnostics = await InMemoryCompilation.AnalyzeAsync(InMemoryCompilation.Create(WelcomeContract.Source, Violation("WCG107").Code, Violation("WCG101").Code));

        Assert.Equal(
            ["attachments 有 10 个元素，契约最多允许 9 个", "content 为 4001 字节（UTF-8 编码，1335 个字符），契约最多允许 4000 字节"],
            diagnostics.Where(d => d.Id.StartsWith("WCG", StringComparison.Ordinal)).Select(d => d.GetMessage(Translations.Chinese)).Order());
    }

    [Fact]
    public async Task A_language_without_a_translation_gets_English()
    {
        var diagnostic = Assert.Single(await InMemoryCompilation.AnalyzeAsync(InMemoryCompilation.Create(WelcomeContract.Source, Violation("WCG101").Code)), d => d.Id == "WCG101");

        Assert.Equal("attachments has 10 items; the contract allows at most 9", diagnostic.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));
    }

    /// <summary>Code with one violation, and the runtime check that finds the same violation in a value.</summary>
    private static (string Code, Action<ViolationCollector> Violate) Violation(string id) => id switch
    {
        "WCG101" => (
            $$"""
            using WeComGen.ExternalContact;
            class Items
            {
                SendWelcomeMsgRequest M(string code) => new() { WelcomeCode = code, Attachments = [{{string.Join(", ", Enumerable.Repeat("Attachment.CreateImage(\"MEDIA\")", 10))}}] };
            }
            """,
            collector => collector.MaxItems("attachments", 10, 9)),
        "WCG103" => (
            """
            using WeComGen.ExternalContact;
            class Union
            {
                Attachment M() => new() { MsgType = AttachmentType.Image, Link = new() { Title = "t", Url = "https://example.com" } };
            }
            """,
            collector => collector.Union("msgtype", "image", 0, null, "link")),
        "WCG107" => (
            $$"""
            using WeComGen.ExternalContact;
            class Bytes
            {
                SendWelcomeMsgRequest M(string code) => new() { WelcomeCode = code, Text = new() { Content = "{{ChineseOverLimit}}" } };
            }
            """,
            collector => collector.MaxUtf8Bytes("content", ChineseOverLimit, 4000)),
        "WCG104" => (
            """
            using WeComGen.ExternalContact;
            class Missing
            {
                Attachment M() => new() { MsgType = AttachmentType.Image };
            }
            """,
            collector => collector.Union("msgtype", "image", 0, null, null)),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, null),
    };

    private static string TitleIn(System.Globalization.CultureInfo culture, DocumentFix fix)
    {
        using (Translations.UICulture(culture))
        {
            return fix.Title;
        }
    }
}
