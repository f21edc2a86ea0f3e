using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security;
using WeComGen.Client;
using WeComGen.Endpoints;
using WeComGen.Validation;

namespace WeComGen.Uploads;

/// <summary>The failures an upload's file meets, worded by <see cref="ContractMessages"/> where the contract is broken.</summary>
internal static class UploadFailures
{
    public static ContractViolation TooSmall(PreparedFile file, long bytes) =>
        new(file.Member, ContractRule.MinBytes, Text(file.Rule!.MinBytes), Text(bytes), ContractMessages.FileTooSmall(file.Member, bytes, file.Rule.MinBytes, file.Rule.Variant).ToString(CultureInfo.CurrentUICulture));

    public static ContractViolation TooLarge(PreparedFile file, long bytes) =>
        new(file.Member, ContractRule.MaxBytes, Text(file.Rule!.MaxBytes), Text(bytes), ContractMessages.FileTooLarge(file.Member, bytes, file.Rule.MaxBytes, file.Rule.Variant).ToString(CultureInfo.CurrentUICulture));

    /// <summary>A stream of unknown length went past the limit while it was being sent.</summary>
    public static ContractViolation LargerThan(PreparedFile file) =>
        new(file.Member, ContractRule.MaxBytes, Text(file.Rule!.MaxBytes), "more than " + Text(file.Rule.MaxBytes), ContractMessages.FileLargerThan(file.Member, file.Rule.MaxBytes, file.Rule.Variant).ToString(CultureInfo.CurrentUICulture));

    public static ContractViolation ContentMismatch(PreparedFile file, string? recognised)
    {
        var allowed = string.Join(" or ", file.Rule!.ContentTypes);
        return new(file.Member, ContractRule.MediaType, allowed, recognised, ContractMessages.FileContentMismatch(file.Member, recognised, allowed, file.Rule.Variant).ToString(CultureInfo.CurrentUICulture));
    }

    public static WeComFailure Invalid(params ContractViolation[] violations) => Invalid((IReadOnlyList<ContractViolation>)violations);

    public static WeComFailure Invalid(IReadOnlyList<ContractViolation> violations) =>
        new WeComFailure.InvalidRequest(new ValidationResult(violations));

    public static WeComFailure Unreadable(PreparedFile file, Exception problem) => Unreadable(file.Member, file.File, problem);

    public static WeComFailure Unreadable(string member, WeComFile file, Exception problem) =>
        new WeComFailure.FileUnreadable(member, file.Description, ReasonOf(problem));

    /// <summary>A file that no longer has the size it was checked with: sending it would break the request's length.</summary>
    public static WeComFailure Changed(PreparedFile file, long checkedBytes) =>
        new WeComFailure.FileUnreadable(file.Member, file.File.Description, $"it changed while being sent (it had {Text(checkedBytes)} bytes when checked)");

    /// <summary>Whether <paramref name="problem"/> is a file or stream that cannot be read (not a bug of the client's).</summary>
    public static bool IsReadProblem(Exception problem) =>
        problem is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException or SecurityException or ArgumentException;

    private static string ReasonOf(Exception problem) => problem switch
    {
        FileNotFoundException => "it does not exist",
        DirectoryNotFoundException => "its directory does not exist",
        UnauthorizedAccessException or SecurityException => "access to it is denied",
        PathTooLongException => "its path is too long",
        ObjectDisposedException => "its stream is closed",
        NotSupportedException => "its stream cannot be read",
        _ => problem.Message,
    };

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
