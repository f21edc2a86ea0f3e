using System.Resources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WeComGen.Generator.Diagnostics;
using WeComGen.Generator.Tests.Infrastructure;

namespace WeComGen.Generator.Tests;

/// <summary>Every generator diagnostic has its title and message in English and Chinese, and the compiler's culture picks one.</summary>
public class LocalizationTests
{
    private static readonly ResourceManager Resources = new("WeComGen.Generator.Diagnostics.SchemaDiagnostics", typeof(WeComGenGenerator).Assembly);

    [Fact]
    public void Every_title_and_message_has_a_Chinese_translation_with_the_same_placeholders() =>
        Assert.Empty(Translations.Problems(Resources));

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
