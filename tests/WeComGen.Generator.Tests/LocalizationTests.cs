using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WeComGen.Generator.Diagnostics;
using WeComGen.Generator.Tests.Infrastructure;

namespace WeComGen.Generator.Tests;

/// <summary>Every generator diagnostic has its title and message in English and Chinese, and the compiler's culture picks one.</summary>
public class LocalizationTests
{
    private static readonly ResourceManager Resources = new("WeComGen.Generator.Diagnostics.SchemaDiagnostics", typeof(WeComGenGenerator).Assembly);

    private static readonly ResourceManager Words = new("WeComGen.Generator.Diagnostics.SchemaWords", typeof(WeComGenGenerator).Assembly);

    // Names a Chinese message may hold besides the schema's own: the formats and languages it speaks of, the HTTP methods
    // an endpoint may use, the keywords of a hint and a union.
    // Names and terms a Chinese text keeps as they are written (a standard, an HTTP method, a JSON literal).
    private static readonly HashSet<string> Names = ["C", "JSON", "Schema", "URL", "UTF-8", "GET", "POST", "PUT", "PATCH", "DELETE", "pattern", "message", "ISO", "Unix", "multipart", "true"];

    [Fact]
    public void Every_title_and_message_has_a_Chinese_translation_with_the_same_placeholders() =>
        Assert.Empty(Translations.Problems(Resources));

    [Fact]
    public void Every_word_the_generator_fills_in_has_a_Chinese_translation_with_the_same_placeholders() =>
        Assert.Empty(Translations.Problems(Words));

    [Fact]
    public void Every_word_is_a_format_its_arguments_fill_in_both_languages()
    {
        foreach (var culture in new[] { System.Globalization.CultureInfo.InvariantCulture, Translations.Chinese })
        {
            foreach (System.Collections.DictionaryEntry entry in Words.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!)
            {
                // A brace that is not a placeholder must be doubled, or the word throws when the compiler words the message.
                var filled = string.Format(culture, (string)entry.Value!, "A", "B", "C", "D");

                Assert.False(string.IsNullOrWhiteSpace(filled), (string)entry.Key);
            }
        }
    }

    [Theory]
    [MemberData(nameof(SchemaDiagnosticTests.Mistakes), MemberType = typeof(SchemaDiagnosticTests))]
    public void Under_zh_Hans_a_schema_mistake_holds_no_English_word_but_names(string id, string replace, string with, string anchor, int offset, string messagePart)
    {
        _ = (anchor, offset, messagePart);
        var schema = SchemaEdits.Replace(replace, with);
        var diagnostic = Assert.Single(GeneratorHarness.Run(schema).Diagnostics);

        var message = diagnostic.GetMessage(Translations.Chinese);

        Assert.Equal(id, diagnostic.Id);
        Assert.Empty(EnglishWords(message, schema));
    }

    [Theory]
    [InlineData("", "Schema 文件不是有效的 JSON：文件为空")]
    [InlineData("{\"a\": 1, \"a\": 2}", "Schema 文件不是有效的 JSON：属性 \"a\" 在同一个对象中出现了两次")]
    [InlineData("[1, 2]", "'Schema 文件' 应为 JSON 对象，实际为 数组")]
    public void Under_zh_Hans_a_file_that_is_not_a_schema_says_why_in_Chinese(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(GeneratorHarness.Run(text).Diagnostics).GetMessage(Translations.Chinese));

    public static TheoryData<string, string, string, string> FilledIn => new()
    {
        // replace, with, the Chinese message, the English message
        {
            "\"maxItems\": 9", "\"maxItem\": 9",
            "#/$defs/SendWelcomeMsgRequest/properties/attachments 中有未知关键字 'maxItem'；是否想写 'maxItems'？",
            "Unknown keyword 'maxItem' in #/$defs/SendWelcomeMsgRequest/properties/attachments; did you mean 'maxItems'?"
        },
        {
            "\"maxItems\": 9", "\"maxItems\": \"9\"",
            "'maxItems' 应为 非负整数，实际为 字符串",
            "'maxItems' must be a non-negative integer, but is a string"
        },
        {
            "https://wecomgen.dev/schema/2020-12/wecom", "https://wecomgen.dev/schema/2020-12/wecm",
            "'$schema' 为 \"https://wecomgen.dev/schema/2020-12/wecm\"（是否想写 \"https://wecomgen.dev/schema/2020-12/wecom\"？）；生成器读取的是 JSON Schema 2020-12：\"$schema\": \"https://json-schema.org/draft/2020-12/schema\" 或 \"https://wecomgen.dev/schema/2020-12/wecom\"",
            "'$schema' is \"https://wecomgen.dev/schema/2020-12/wecm\" (did you mean \"https://wecomgen.dev/schema/2020-12/wecom\"?); the generator reads JSON Schema 2020-12: \"$schema\": \"https://json-schema.org/draft/2020-12/schema\" or \"https://wecomgen.dev/schema/2020-12/wecom\""
        },
        {
            "\"items\": { \"$ref\": \"#/$defs/Attachment\" }", "\"items\": { \"$ref\": \"#/$defs/Attachmnet\" }",
            "无法解析引用 '#/$defs/Attachmnet'：$defs 中没有 'Attachmnet'；是否想写 'Attachment'？",
            "The reference '#/$defs/Attachmnet' cannot be resolved: $defs has no 'Attachmnet'; did you mean 'Attachment'?"
        },
    };

    [Theory]
    [MemberData(nameof(FilledIn))]
    public void The_parts_the_generator_fills_in_are_worded_in_the_messages_language(string replace, string with, string chinese, string english)
    {
        var diagnostic = Assert.Single(GeneratorHarness.Run(SchemaEdits.Replace(replace, with)).Diagnostics);

        Assert.Equal(chinese, diagnostic.GetMessage(Translations.Chinese));
        Assert.Equal(english, diagnostic.GetMessage(Translations.English));
    }

    [Fact]
    public void Under_zh_Hans_the_compiler_words_the_filled_in_parts_as_it_words_the_message()
    {
        var diagnostic = Assert.Single(GeneratorHarness.Run(SchemaEdits.Replace("\"maxItems\": 9", "\"maxItems\": \"9\"")).Diagnostics);

        var formatted = new Microsoft.CodeAnalysis.DiagnosticFormatter().Format(diagnostic, Translations.Chinese);

        Assert.EndsWith("error WCG004: 'maxItems' 应为 非负整数，实际为 字符串", formatted);
    }

    /// <summary>
    /// The words of <paramref name="message"/> outside quotes (which hold names as written) in plain letters (a keyword,
    /// a path or a URL has other characters too) that
    /// are none of the <see cref="Names"/> nor a name of the edited <paramref name="schema"/> or the default one (a JSON
    /// string without spaces: a key, an enum value, a type name; its prose does not count): English words.
    /// </summary>
    internal static string[] EnglishWords(string message, string schema)
    {
        var names = Regex.Matches(schema + GeneratorHarness.DefaultSchema, "\"([^\"\\s]+)\"").Select(match => match.Groups[1].Value).ToHashSet();
        var unquoted = Regex.Replace(message, "'[^']*'|\"[^\"]*\"", " ");
        return [.. Regex.Matches(unquoted, "[$]?[A-Za-z][A-Za-z0-9_#$./:-]*").Select(match => match.Value.TrimEnd('.', ':'))
            .Where(word => Regex.IsMatch(word, "^[A-Za-z]+$") && !Names.Contains(word) && !names.Contains(word))];
    }

    [Fact]
    public void Every_diagnostic_has_a_title_and_a_message_in_both_languages_and_its_page_gives_them()
    {
        foreach (var descriptor in SchemaDiagnostics.ById.Values)
        {
            var title = (descriptor.Title.ToString(Translations.English), descriptor.Title.ToString(Translations.Chinese));
            var message = (descriptor.MessageFormat.ToString(Translations.English), descriptor.MessageFormat.ToString(Translations.Chinese));
            Assert.False(string.IsNullOrWhiteSpace(title.Item1) || string.IsNullOrWhiteSpace(message.Item1), $"{descriptor.Id} lacks an English text");
            Assert.NotEqual(title.Item1, title.Item2);
            Assert.Null(Translations.PageProblem(descriptor.Id, title, message));
        }
    }

    [Fact]
    public void A_diagnostic_reads_in_the_language_asked_for()
    {
        var diagnostic = Assert.Single(GeneratorHarness.Run(GeneratorHarness.DefaultSchema, version: LanguageVersion.CSharp10).Diagnostics);

        Assert.Equal(
            "由此 Schema 生成的代码需要 C# 11 或更高版本，但项目使用的是 C# 10.0；请设置 <LangVersion>latest</LangVersion>",
            diagnostic.GetMessage(Translations.Chinese));
        Assert.Equal(
            "The code generated from this schema needs C# 11 or later, but the project uses C# 10.0; set <LangVersion>latest</LangVersion>",
            diagnostic.GetMessage(Translations.English));
        Assert.Equal("C# 语言版本过低，无法编译生成的代码", diagnostic.Descriptor.Title.ToString(Translations.Chinese));
    }
}
