using System;

namespace WeComGen.Assets;

/// <summary>
/// One upload's result: the media_id or image URL, when it expires on WeCom's clock (<c>created_at</c> plus the
/// validity; <see langword="null"/> for a permanent image), and when, on this app's clock, it is to be renewed.
/// </summary>
internal sealed record MediaHandle(string Value, DateTimeOffset? ExpiresAt, DateTimeOffset? LocalExpiry, DateTimeOffset? RenewAt);
