using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using WeComGen.Client;
using WeComGen.Endpoints;
using WeComGen.Validation;

namespace WeComGen.Uploads;

/// <summary>
/// The files of one multipart call: checked against their rules before anything is sent (size, and content by its
/// signature), then turned into a fresh <see cref="MultipartUpload"/> for each attempt.
/// </summary>
internal sealed class Upload
{
    private readonly PreparedFile[] _files;

    private Upload(PreparedFile[] files) => _files = files;

    /// <summary>Whether another attempt can send every file again (an unseekable stream can be sent once).</summary>
    public bool CanResend => Array.TrueForAll(_files, file => file.CanSend);

    /// <summary>The file that cannot be sent again, for the failure that says so.</summary>
    public string NotResendable => _files.First(file => !file.CanSend).File.Description;

    /// <summary>
    /// Checks the files of <paramref name="request"/> against their rules: an upload to send, or the failure that
    /// keeps it from being sent (every violation of every file, or the first file that cannot be read).
    /// </summary>
    public static async Task<(Upload? Upload, WeComFailure? Failure)> CheckAsync<TRequest>(
        IReadOnlyList<FilePart<TRequest>> parts, TRequest request, CancellationToken cancellationToken)
        where TRequest : class
    {
        var files = new List<PreparedFile>(parts.Count);
        var violations = new List<ContractViolation>();
        foreach (var part in parts)
        {
            // An unset file is the validator's to report when the contract requires it; an optional one is left out.
            if (part.GetFile(request) is not { } file)
            {
                continue;
            }

            PreparedFile prepared;
            try
            {
                prepared = await PrepareAsync(part, file, part.GetRule(request), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (UploadFailures.IsReadProblem(e))
            {
                return (null, UploadFailures.Unreadable("$." + part.Member, file, e));
            }

            files.Add(prepared);
            violations.AddRange(Violations(prepared));
        }

        return violations.Count > 0 ? (null, UploadFailures.Invalid(violations)) : (new Upload(files.ToArray()), null);
    }

    /// <summary>
    /// The body of one attempt, each file opened anew; or, when a file cannot be opened, why. The content is the
    /// caller's to dispose (it closes the files it opened).
    /// </summary>
    public (MultipartUpload? Content, WeComFailure? Failure) Open()
    {
        var opened = new List<OpenedFile>(_files.Length);
        foreach (var file in _files)
        {
            try
            {
                opened.Add(file.Open());
            }
            catch (Exception e) when (UploadFailures.IsReadProblem(e))
            {
                opened.ForEach(done => done.Dispose());
                return (null, UploadFailures.Unreadable(file, e));
            }
        }

        return (new MultipartUpload(_files, opened.ToArray()), null);
    }

    private static async Task<PreparedFile> PrepareAsync<TRequest>(FilePart<TRequest> part, WeComFile file, FileRule? rule, CancellationToken cancellationToken)
        where TRequest : class
    {
        var member = "$." + part.Member;
        var sniff = rule is { ContentTypes.Count: > 0 };
        if (file.Path is { } path)
        {
            // Opened once to prove it can be read and to see its first bytes; each attempt opens it again.
            using var opened = PreparedFile.OpenPath(path);
            var head = sniff ? await ReadHeadAsync(opened, cancellationToken).ConfigureAwait(false) : [];
            return new PreparedFile(part.Name, member, file, rule, opened.Length, 0, []) { Head = head };
        }

        var content = file.Content!;
        if (content.CanSeek)
        {
            var start = content.Position;
            var head = sniff ? await ReadHeadAsync(content, cancellationToken).ConfigureAwait(false) : [];
            content.Position = start;
            return new PreparedFile(part.Name, member, file, rule, content.Length - start, start, []) { Head = head };
        }

        // What is read from an unseekable stream cannot be read again: the first bytes are kept and sent first.
        var prefix = sniff ? await ReadHeadAsync(content, cancellationToken).ConfigureAwait(false) : [];
        return new PreparedFile(part.Name, member, file, rule, null, 0, prefix) { Head = prefix };
    }

    private static IEnumerable<ContractViolation> Violations(PreparedFile file)
    {
        if (file.Rule is not { } rule)
        {
            yield break;
        }

        if (file.Length is { } length && length < rule.MinBytes)
        {
            yield return UploadFailures.TooSmall(file, length);
        }

        if (file.Length is { } size && size > rule.MaxBytes)
        {
            yield return UploadFailures.TooLarge(file, size);
        }

        if (rule.ContentTypes.Count > 0 && !IsAllowed(rule, ContentSniffer.Recognise(file.Head)))
        {
            yield return UploadFailures.ContentMismatch(file, ContentSniffer.Recognise(file.Head));
        }
    }

    /// <summary>Whether content recognised as <paramref name="recognised"/> is allowed; a rule naming a type the sniffer cannot tell is not checked by content.</summary>
    private static bool IsAllowed(FileRule rule, string? recognised) =>
        rule.ContentTypes.Any(type => !ContentSniffer.Knows(type) || string.Equals(type, recognised, StringComparison.OrdinalIgnoreCase));

    /// <summary>Up to <see cref="ContentSniffer.HeadLength"/> first bytes of <paramref name="stream"/>; fewer only at its end.</summary>
    private static async Task<byte[]> ReadHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new byte[ContentSniffer.HeadLength];
        var filled = 0;
        int read;
        while (filled < head.Length && (read = await stream.ReadAsync(head, filled, head.Length - filled, cancellationToken).ConfigureAwait(false)) > 0)
        {
            filled += read;
        }

        return filled == head.Length ? head : head.AsSpan(0, filled).ToArray();
    }
}
