using System.Reflection;
using System.Text.RegularExpressions;

namespace WeComGen.EndToEnd.Tests.Sample;

/// <summary>
/// The sample program through its entry point, as <c>dotnet run --project samples/WeComGen.Samples.WelcomeBot</c>
/// runs it: no terminal, no credentials, bounded in time. The tests of this class share the console, so they
/// run one after another.
/// </summary>
public sealed class SampleProgramTests
{
    /// <summary>Exactly 43 base64url characters, the shape of a whole welcome code (the image's qpic.cn URL holds a longer hash, which is none).</summary>
    private static readonly Regex WholeWelcomeCode = new("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");

    [Fact]
    public async Task With_no_arguments_it_welcomes_a_customer_on_the_emulator_prints_the_delivery_and_exits_0()
    {
        var (exitCode, output, error) = await RunAsync();

        Assert.True(exitCode == 0, $"exit code {exitCode}: {error}");
        Assert.Matches(@"inbox: http://127\.0\.0\.1:\d+/", output);
        Assert.Contains("customer added: zhangsan added wmEmulatedCustomer00001", output);
        Assert.Contains("the emulator delivered", output);
        Assert.Contains("  text ", output);
        Assert.Contains("customer lookup: 李雷", output);
        Assert.Contains("  image ", output);
        Assert.Contains("  video ", output);
        Assert.Contains("  file ", output);
        Assert.Contains("  link ", output);
        Assert.Contains("  miniprogram ", output);
        Assert.Contains("deliveries of the code: 1", output);
        Assert.Contains("OK:", output);
        Assert.DoesNotMatch(WholeWelcomeCode, output);
    }

    [Fact]
    public async Task Four_days_on_the_expired_media_are_uploaded_again_and_the_welcome_still_goes_out_with_valid_media()
    {
        var (exitCode, output, error) = await RunAsync("--days", "4");

        Assert.True(exitCode == 0, $"exit code {exitCode}: {error}");
        Assert.Contains("the media_ids uploaded at start have expired", output);
        Assert.Contains("customer added: zhangsan added wmEmulatedCustomer00002", output);
        Assert.Contains("customer lookup: 韩梅梅", output);
        Assert.Contains("uploads during the send: 3", output);
        Assert.Equal(2, Regex.Matches(output, "the emulator delivered").Count);
        Assert.DoesNotContain("unknown to the emulator", output);
    }

    [Fact]
    public async Task A_welcome_file_that_is_missing_stops_the_run_naming_it()
    {
        var (exitCode, _, error) = await RunAsync("--WelcomeAssets:Files:guide:Path=Assets/missing.pdf");

        Assert.Equal(1, exitCode);
        Assert.Contains("Welcome asset 'guide'", error);
        Assert.Contains("missing.pdf", error);
        Assert.Contains("does not exist", error);
    }

    [Fact]
    public async Task A_welcome_that_breaks_the_contract_is_not_sent_and_the_run_exits_1_saying_why()
    {
        var (exitCode, output, error) = await RunAsync("--Welcome:LinkTitle=");

        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED: the welcome was not sent", error);
        Assert.Contains("$.attachments[3].link.title", error);
        Assert.DoesNotContain("the emulator delivered", output);
    }

    [Fact]
    public async Task The_real_mode_without_credentials_names_the_missing_settings_exits_2_and_prints_no_secret()
    {
        const string secret = "s3cret-value-never-shown";

        var (exitCode, output, error) = await RunAsync("--real", $"--WeCom:Secret={secret}");

        Assert.Equal(2, exitCode);
        Assert.Contains("WeCom:CorpId, WeCom:Token, WeCom:EncodingAESKey", error);
        Assert.DoesNotContain("WeCom:Secret", error);
        Assert.DoesNotContain(secret, output + error);
    }

    [Fact]
    public async Task The_real_mode_with_an_encoding_aes_key_that_cannot_work_exits_2_without_quoting_it()
    {
        const string badKey = "short-key-never-shown";

        var (exitCode, output, error) = await RunAsync(
            "--real", "--WeCom:CorpId=wwcorp", "--WeCom:Secret=secret-never-shown", "--WeCom:Token=token-never-shown", $"--WeCom:EncodingAESKey={badKey}");

        Assert.Equal(2, exitCode);
        Assert.Contains("The real mode cannot start", error);
        Assert.Contains("EncodingAESKey must be 43 characters", error);
        Assert.DoesNotContain("never-shown", output + error);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var entryPoint = typeof(WeComGen.Samples.WelcomeBot.WelcomeBot).Assembly.EntryPoint!;
        var output = new StringWriter();
        var error = new StringWriter();
        var (previousOut, previousError) = (Console.Out, Console.Error);
        Console.SetOut(TextWriter.Synchronized(output));
        Console.SetError(TextWriter.Synchronized(error));
        try
        {
            var exitCode = await Task.Run(() => entryPoint.Invoke(null, [args]) switch
            {
                Task<int> running => running,
                var done => Task.FromResult((int)done!),
            });
            return (exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }
}
