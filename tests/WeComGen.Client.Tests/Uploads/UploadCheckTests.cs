using WeComGen.Client.Tests.Support;
using WeComGen.Credentials;
using WeComGen.Endpoints;
using WeComGen.Uploads;
using WeComGen.Validation;

namespace WeComGen.Client.Tests.Uploads;

/// <summary>A file that breaks its rule, or cannot be read, fails the call before any byte is sent and before a token is asked for.</summary>
public sealed class UploadCheckTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_file_of_four_bytes_is_below_the_smallest_size()
    {
        using var wire = new WireClient();
        var path = _files.Write("tiny.bin", [1, 2, 3, 4]);

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "file", Media = WeComFile.FromPath(path) });

        var violation = Assert.Single(Invalid(outcome).Violations);
        Assert.Equal(("$.media", ContractRule.MinBytes, "6", "4"), (violation.Path, violation.Rule, violation.Limit, violation.Actual));
        Assert.Equal("$.media is 4 bytes; the contract requires at least 6 bytes for type file", violation.Message);
        AssertNothingSent(wire, outcome);
    }

    [Fact]
    public async Task An_image_of_eleven_megabytes_is_above_the_largest_size()
    {
        using var wire = new WireClient();
        var path = _files.WriteSized("big.png", Signatures.Png, 11 * ShapeEndpoints.MiB);

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "image", Media = WeComFile.FromPath(path) });

        var violation = Assert.Single(Invalid(outcome).Violations);
        Assert.Equal(("$.media", ContractRule.MaxBytes, "10485760", "11534336"), (violation.Path, violation.Rule, violation.Limit, violation.Actual));
        Assert.Equal("$.media is 11534336 bytes; the contract allows at most 10485760 bytes for type image", violation.Message);
        AssertNothingSent(wire, outcome);
    }

    [Fact]
    public async Task A_text_file_declared_png_is_refused_by_its_content()
    {
        using var wire = new WireClient();
        var path = _files.Write("notes.png", "just some text, not an image"u8.ToArray());

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "image", Media = WeComFile.FromPath(path, "image/png") });

        var violation = Assert.Single(Invalid(outcome).Violations);
        Assert.Equal(("$.media", ContractRule.MediaType, "image/png or image/jpeg", null), (violation.Path, violation.Rule, violation.Limit, violation.Actual));
        Assert.Equal("$.media holds content of no accepted type; the contract requires image/png or image/jpeg for type image", violation.Message);
        AssertNothingSent(wire, outcome);
    }

    [Fact]
    public async Task A_jpeg_sent_as_voice_names_what_it_holds()
    {
        using var wire = new WireClient();

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "voice", Media = WeComFile.FromStream(new MemoryStream(Signatures.Jpeg.Then(new byte[10])), "voice.amr") });

        var violation = Assert.Single(Invalid(outcome).Violations);
        Assert.Equal("$.media holds image/jpeg; the contract requires audio/amr for type voice", violation.Message);
        AssertNothingSent(wire, outcome);
    }

    [Fact]
    public async Task Size_and_content_are_both_reported()
    {
        using var wire = new WireClient();

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "video", Media = WeComFile.FromStream(new MemoryStream([1, 2]), "clip.mp4") });

        Assert.Equal([ContractRule.MinBytes, ContractRule.MediaType], Invalid(outcome).Violations.Select(v => v.Rule));
        AssertNothingSent(wire, outcome);
    }

    [Fact]
    public async Task A_file_of_any_content_within_the_sizes_is_sent()
    {
        using var wire = new WireClient();
        var path = _files.Write("report.txt", "quarterly figures"u8.ToArray());

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "file", Media = WeComFile.FromPath(path) });

        Assert.True(outcome.IsSuccess, outcome.ToString());
        Assert.Single(wire.Recorder.Requests);
    }

    [Fact]
    public async Task A_missing_file_is_named_with_the_reason()
    {
        using var wire = new WireClient();
        var path = Path.Combine(_files.Root, "gone.png");

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "image", Media = WeComFile.FromPath(path) });

        var unreadable = Assert.IsType<WeComFailure.FileUnreadable>(outcome.Failure);
        Assert.Equal(("$.media", path, "it does not exist"), (unreadable.Member, unreadable.File, unreadable.Reason));
        Assert.Contains(path, unreadable.Message);
        AssertNothingSent(wire, outcome);
    }

    [Fact]
    public async Task A_file_in_a_missing_directory_is_named_with_the_reason()
    {
        using var wire = new WireClient();
        var path = Path.Combine(_files.Root, "no-such-dir", "a.png");

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "image", Media = WeComFile.FromPath(path) });

        Assert.Equal("its directory does not exist", Assert.IsType<WeComFailure.FileUnreadable>(outcome.Failure).Reason);
        AssertNothingSent(wire, outcome);
    }

    [Fact]
    public async Task A_closed_stream_is_named_with_the_reason()
    {
        using var wire = new WireClient();
        var stream = new MemoryStream(Signatures.Png);
        var file = WeComFile.FromStream(stream, "closed.png");
        stream.Dispose();

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "image", Media = file });

        var unreadable = Assert.IsType<WeComFailure.FileUnreadable>(outcome.Failure);
        Assert.Equal(("closed.png", "its stream is closed"), (unreadable.File, unreadable.Reason));
        AssertNothingSent(wire, outcome);
    }

    [Fact]
    public async Task An_unseekable_stream_past_the_limit_is_cut_off_while_sent_and_not_retried()
    {
        using var wire = new WireClient();
        var stream = new OneWayStream(Signatures.Amr, 2 * ShapeEndpoints.MiB + 1);

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "voice", Media = WeComFile.FromStream(stream, "long.amr") });

        var violation = Assert.Single(Invalid(outcome).Violations);
        Assert.Equal((ContractRule.MaxBytes, "2097152", "more than 2097152"), (violation.Rule, violation.Limit, violation.Actual));
        Assert.Equal("$.media is more than 2097152 bytes; the contract allows at most 2097152 bytes for type voice", violation.Message);
        Assert.True(Assert.Single(wire.Recorder.Requests).Aborted);
        Assert.Equal(1, outcome.Attempts);
        Assert.True(stream.BytesRead <= 2 * ShapeEndpoints.MiB + 64 * 1024, "read no further than a block past the limit");
    }

    [Fact]
    public async Task An_unseekable_stream_below_the_smallest_size_is_cut_off_at_its_end()
    {
        using var wire = new WireClient();

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "file", Media = WeComFile.FromStream(new OneWayStream([1, 2, 3], 3), "short.bin") });

        Assert.Equal(ContractRule.MinBytes, Assert.Single(Invalid(outcome).Violations).Rule);
        Assert.True(Assert.Single(wire.Recorder.Requests).Aborted);
    }

    [Fact]
    public async Task The_checks_come_before_the_event_credential_is_claimed()
    {
        using var wire = new WireClient();
        var claims = new CountingClaims();
        var client = new WeComClient(wire.Http, wire.Tokens, claims, new WeComClientOptions { BaseAddress = new Uri("https://qyapi.test/") });
        var endpoint = new EndpointDescriptor<MediaUploadRequest, ShapeResponse>
        {
            Name = ShapeEndpoints.MediaUpload.Name,
            Method = ShapeEndpoints.MediaUpload.Method,
            Path = ShapeEndpoints.MediaUpload.Path,
            AccessTokenQueryParameter = ShapeEndpoints.MediaUpload.AccessTokenQueryParameter,
            Body = RequestBody.Multipart,
            GetQuery = ShapeEndpoints.MediaUpload.GetQuery,
            FileParts = ShapeEndpoints.MediaUpload.FileParts,
            RequestTypeInfo = ShapeEndpoints.MediaUpload.RequestTypeInfo,
            ResponseTypeInfo = ShapeEndpoints.MediaUpload.ResponseTypeInfo,
            Validate = ShapeEndpoints.MediaUpload.Validate,
            GetErrorCode = ShapeEndpoints.MediaUpload.GetErrorCode,
            GetErrorMessage = ShapeEndpoints.MediaUpload.GetErrorMessage,
            Errors = ShapeEndpoints.MediaUpload.Errors,
            GetCredential = _ => new EventCode("CODE-1234", null),
            CredentialValidity = TimeSpan.FromSeconds(20),
            CredentialSingleUse = true,
        };

        var refused = await client.SendAsync(endpoint, new MediaUploadRequest { Type = "image", Media = WeComFile.FromStream(new MemoryStream([1, 2, 3, 4]), "tiny.png") });
        var sent = await client.SendAsync(endpoint, new MediaUploadRequest { Type = "image", Media = WeComFile.FromStream(new MemoryStream(Signatures.Png), "ok.png") });

        Assert.IsType<WeComFailure.InvalidRequest>(refused.Failure);
        Assert.True(sent.IsSuccess, sent.ToString());
        Assert.Equal(1, claims.Claims); // the refused call claimed nothing
    }

    [Fact]
    public void A_declared_content_type_cannot_break_the_part_header()
    {
        Assert.Throws<ArgumentException>(() => WeComFile.FromStream(new MemoryStream(), "a.png", "image/png\r\nX-Injected: 1"));
        Assert.Throws<ArgumentException>(() => WeComFile.FromPath("a.png", "图/png"));
    }

    private static ValidationResult Invalid(WeComOutcome<ShapeResponse> outcome) =>
        Assert.IsType<WeComFailure.InvalidRequest>(outcome.Failure).Validation;

    private static void AssertNothingSent(WireClient wire, WeComOutcome<ShapeResponse> outcome)
    {
        Assert.Equal(0, outcome.Attempts);
        Assert.Empty(wire.Recorder.Requests);
        Assert.Equal(0, wire.Tokens.Requests);
    }

    private sealed class CountingClaims : ICredentialClaims
    {
        public int Claims { get; private set; }

        public ValueTask<CredentialClaimResult> ClaimAsync(string endpointPath, string credential, TimeSpan? validity, CancellationToken cancellationToken)
        {
            Claims++;
            return ValueTask.FromResult(CredentialClaimResult.Claimed);
        }

        public ValueTask EndAsync(string endpointPath, string credential, bool settled) => ValueTask.CompletedTask;
    }
}
