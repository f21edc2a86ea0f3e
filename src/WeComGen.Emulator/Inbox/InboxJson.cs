using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using WeComGen.Credentials;
using WeComGen.Emulator.History;
using WeComGen.Emulator.Media;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator.Inbox;

/// <summary>
/// What the inbox page draws, as JSON: one conversation per welcome code, newest first, with the welcome as the
/// customer sees it and the code's timeline. Welcome codes are masked; no token, secret or callback key is in it.
/// A media the emulator took is drawn from its upload: an image's bytes (served by the emulator), a file's name and size.
/// </summary>
internal static class InboxJson
{
    public static ReadOnlyMemory<byte> Write(long version, IReadOnlyList<WelcomeTimeline> timelines, TimeSpan validity, bool canAddCustomers, EmulatorMedia media)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("version", version);
            json.WriteNumber("validity", validity.TotalSeconds);
            json.WriteBoolean("canAddCustomers", canAddCustomers);
            json.WriteStartArray("conversations");
            foreach (var timeline in timelines.Reverse())
            {
                Conversation(json, timeline, media);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    private static void Conversation(Utf8JsonWriter json, WelcomeTimeline timeline, EmulatorMedia media)
    {
        json.WriteStartObject();
        json.WriteString("code", new EventCode(timeline.WelcomeCode, null).ToString());
        json.WriteBoolean("issued", timeline.IssuedAt is not null);
        if (timeline.Customer is { } customer)
        {
            json.WriteStartObject("customer");
            json.WriteString("userid", customer.UserId);
            json.WriteString("externalUserId", customer.ExternalUserId);
            json.WriteString("state", customer.State);
            json.WriteString("name", customer.Name);
            json.WriteEndObject();
        }

        // Event times are seconds from issue; a code the emulator never issued counts from its first event.
        var start = timeline.IssuedAt ?? timeline.Events.FirstOrDefault()?.At ?? default;
        json.WriteBoolean("delivered", timeline.Delivery is not null);
        json.WriteStartArray("messages");
        if (timeline.Delivery is { } delivery)
        {
            Messages(json, delivery.Request, media);
        }

        json.WriteEndArray();
        json.WriteStartArray("events");
        foreach (var welcomeEvent in timeline.Events)
        {
            Event(json, welcomeEvent, start);
        }

        json.WriteEndArray();
        json.WriteNumber("eventsDropped", timeline.EventsDropped);
        json.WriteEndObject();
    }

    private static void Event(Utf8JsonWriter json, WelcomeEvent welcomeEvent, DateTimeOffset start)
    {
        json.WriteStartObject();
        json.WriteNumber("t", Math.Round((welcomeEvent.At - start).TotalSeconds, 3));
        json.WriteString("kind", welcomeEvent.Kind.ToString());
        json.WriteString("summary", welcomeEvent.Summary);
        if (welcomeEvent.ErrCode is { } errCode)
        {
            json.WriteNumber("errcode", errCode);
        }

        json.WriteString("app", welcomeEvent.App);
        json.WriteBoolean("late", welcomeEvent.Late);
        json.WriteBoolean("repeated", welcomeEvent.Repeated);
        json.WriteStartArray("violations");
        foreach (var violation in welcomeEvent.Violations)
        {
            json.WriteStringValue(violation);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The welcome as WeCom shows it: the text bubble, then each attachment in order as its own message.</summary>
    private static void Messages(Utf8JsonWriter json, SendWelcomeMsgRequest request, EmulatorMedia media)
    {
        if (request.Text?.Content is { } text)
        {
            Message(json, "text", null, ("text", text));
        }

        foreach (var attachment in request.Attachments ?? [])
        {
            switch (attachment)
            {
                case { Image: { } image }:
                    // media_id wins over pic_url, as WeCom uses it.
                    var picture = image.MediaId is { } id ? media.Find(id) : image.PicUrl is { } url ? media.FindImage(url) : null;
                    Message(json, "image", picture, ("picUrl", image.PicUrl), ("mediaId", image.MediaId));
                    break;
                case { Link: { } link }:
                    Message(json, "link", null, ("title", link.Title), ("desc", link.Description), ("url", link.Url), ("picUrl", link.PicUrl));
                    break;
                case { MiniProgram: { } card }:
                    Message(json, "miniprogram", media.Find(card.PicMediaId), ("title", card.Title), ("appId", card.AppId), ("page", card.Page), ("mediaId", card.PicMediaId));
                    break;
                case { Video: { } video }:
                    Message(json, "video", media.Find(video.MediaId), ("mediaId", video.MediaId));
                    break;
                case { File: { } file }:
                    Message(json, "file", media.Find(file.MediaId), ("mediaId", file.MediaId));
                    break;
            }
        }
    }

    /// <summary>A message: its fields, and what the emulator knows of its media (<c>upload</c>: name, size, where its image is served).</summary>
    private static void Message(Utf8JsonWriter json, string type, UploadedMedia? upload, params (string Name, string? Value)[] fields)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
        foreach (var (name, value) in fields)
        {
            json.WriteString(name, value);
        }

        if (upload is not null)
        {
            json.WriteStartObject("upload");
            json.WriteString("name", upload.FileName);
            json.WriteNumber("size", upload.Size);
            json.WriteString("src", upload.HasBytes && upload.Format.IsImage() ? "/" + upload.LocalPath : null);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
