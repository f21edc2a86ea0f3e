using System;
using System.Collections.Generic;
using WeComGen.Emulator.Media;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator.Neighbours;

/// <summary>
/// The values of send_welcome_msg's neighbours the emulator speaks (获取客户详情, 上传临时素材, 上传图片), each written
/// once, here, until a shipped schema owns them. Every value is taken from the contract facts sheet NEIGHBOURS.md
/// (the section is named on each); where the sheet says a value is unconfirmed, the emulator's choice is marked so.
/// </summary>
internal static class NeighbourContract
{
    /// <summary>GET /cgi-bin/externalcontact/get (NEIGHBOURS.md §1).</summary>
    public static class CustomerDetails
    {
        public const string Path = "/cgi-bin/externalcontact/get";

        /// <summary>"当跟进人多于500人时返回" next_cursor: a page holds at most 500 follow users.</summary>
        public const int FollowUsersPerPage = 500;

        /// <summary>Seen on this API with this errmsg.</summary>
        public static readonly NeighbourError UnknownCustomer = new((int)WeComErrorCode.InvalidExternalUserId, "invalid external userid");

        /// <summary>缺少外部联系人userid参数; its association with this API is unconfirmed, its errmsg the emulator's.</summary>
        public static readonly NeighbourError CustomerMissing = new(41035, "missing external userid");

        /// <summary>分页查询的游标无效; its association with <c>cursor</c> is unconfirmed, its errmsg the emulator's.</summary>
        public static readonly NeighbourError InvalidCursor = new(50100, "invalid cursor");
    }

    /// <summary>POST /cgi-bin/media/upload (NEIGHBOURS.md §2).</summary>
    public static class MediaUpload
    {
        public const string Path = "/cgi-bin/media/upload";

        /// <summary>"文件标识名为media".</summary>
        public const string PartName = "media";

        /// <summary>"所有文件size必须大于5个字节": a file must be larger than this.</summary>
        public const int LargerThanBytes = 5;

        /// <summary>"media_id…仅三天内有效".</summary>
        public static readonly TimeSpan Validity = TimeSpan.FromDays(3);

        /// <summary>Size and formats per type (upload page 2024/07/22; "MB" read as 2^20 bytes, unconfirmed).</summary>
        public static readonly IReadOnlyDictionary<MediaType, MediaLimit> Limits = new Dictionary<MediaType, MediaLimit>
        {
            [MediaType.Image] = new(10 << 20, [MediaFormat.Jpeg, MediaFormat.Png]),
            [MediaType.Voice] = new(2 << 20, [MediaFormat.Amr]),
            [MediaType.Video] = new(10 << 20, [MediaFormat.Mp4]),
            [MediaType.File] = new(20 << 20, []),
        };

        // Which code WeCom answers for which violation is unconfirmed; these are the emulator's choices from the
        // global error table, with its own errmsg.

        /// <summary>不合法的type参数: <c>type</c> missing or not image, voice, video or file.</summary>
        public static readonly NeighbourError InvalidType = new(40005, "invalid media type: type must be image, voice, video or file");

        /// <summary>多媒体文件为空: no file part where one is expected, or a multipart body that cannot be read.</summary>
        public static readonly NeighbourError Empty = new(44001, "empty media data: send the file as a multipart/form-data part named media");

        /// <summary>不合法的文件大小: 5 bytes or fewer.</summary>
        public static readonly NeighbourError TooSmall = new(40006, "invalid file size: a file must be larger than 5 bytes");

        /// <summary>多媒体文件大小超过限制.</summary>
        public static readonly NeighbourError TooLarge = new(45001, "media size out of limit");

        /// <summary>上传临时图片素材，图片格式非法: an image that is not JPG or PNG.</summary>
        public static readonly NeighbourError NotAnImage = new(40123, "invalid image format: only JPG and PNG");

        /// <summary>不合法的媒体文件类型: a voice that is not AMR, a video that is not MP4.</summary>
        public static readonly NeighbourError WrongFormat = new(40004, "invalid media file type");
    }

    /// <summary>POST /cgi-bin/media/uploadimg (NEIGHBOURS.md §3).</summary>
    public static class ImageUpload
    {
        public const string Path = "/cgi-bin/media/uploadimg";

        /// <summary>"图片文件大小应在 5B ~ 2MB 之间"; JPG or PNG (unconfirmed officially).</summary>
        public static readonly MediaLimit Limit = new(2 << 20, [MediaFormat.Jpeg, MediaFormat.Png]);

        /// <summary>"每个企业每天最多可上传1000张图片" (and 3000 a month, which the emulator does not count).</summary>
        public const int DailyQuota = 1000;

        /// <summary>The quota's day is China's: WeCom counts in UTC+8.</summary>
        public static readonly TimeSpan QuotaDayOffset = TimeSpan.FromHours(8);

        /// <summary>The URL's shape, from the page's example: <c>http://p.qpic.cn/pic_wework/&lt;n&gt;/&lt;hash&gt;/0</c>.</summary>
        public const string UrlPrefix = "http://p.qpic.cn/pic_wework/";

        /// <summary>接口调用超过限制: the code for a spent quota is unconfirmed (45009 is the likely one).</summary>
        public static readonly NeighbourError QuotaSpent = new((int)WeComErrorCode.RateLimited, "api freq out of limit: uploadimg takes 1000 images a day per corp");
    }
}

/// <summary>An error answer of a neighbouring API: its errcode and the errmsg the emulator sends with it.</summary>
internal sealed record NeighbourError(int Code, string ErrMsg);

/// <summary>How large a file of one media type may be, and in which formats (none listed: any).</summary>
internal sealed record MediaLimit(long MaxBytes, IReadOnlyList<MediaFormat> Formats);
