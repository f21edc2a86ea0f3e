using System;
using System.Diagnostics;
using WeComGen.Callbacks;

namespace WeComGen.AspNetCore;

/// <summary>
/// A verified callback waiting for its handler, which must be done by <paramref name="Deadline"/>; <paramref name="Parent"/>
/// is the span of the request that brought it (none when no one traced it), the parent of the handler's span.
/// </summary>
internal sealed record CallbackWorkItem(WeComCallbackEvent Event, WeComCallbackHandler Handler, DateTimeOffset Deadline, ActivityContext Parent);
