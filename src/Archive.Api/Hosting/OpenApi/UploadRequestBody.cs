using System.Text.Json.Nodes;
using Archive.Api.Documents;
using Archive.Indexer.Extraction;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Archive.Api.Hosting.OpenApi;

/// <summary>
/// The upload reads its multipart form by hand (to answer 413 and 415 itself), so the framework cannot see
/// its fields: they are described here, with the limits of <see cref="MetadataRules"/> and the accepted formats.
/// </summary>
public sealed class UploadRequestBody : IOpenApiOperationTransformer
{
    public const string OperationName = "UploadDocument";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId != OperationName) return Task.CompletedTask;
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = $"Một tệp ({AcceptedFormats.Names}) trong trường 'file'; các trường khác không bắt buộc: " +
                          "thiếu trường nào thì đọc từ phần đầu văn bản.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "file" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["file"] = new OpenApiSchema
                            {
                                Type = JsonSchemaType.String, Format = "binary",
                                Description = $"Tệp gốc, được lưu nguyên vẹn. Định dạng nhận theo nội dung tệp: {AcceptedFormats.Names}.",
                            },
                            ["title"] = Text("Trích yếu (tiêu đề) văn bản.", MetadataRules.MaxTitle,
                                "Kế hoạch thực hiện dân chủ ở cơ sở trên địa bàn huyện năm 2025"),
                            ["kind"] = Text("Loại văn bản, có hoặc không dấu.", MetadataRules.MaxKind, "Kế hoạch"),
                            ["number"] = Text("Số, ký hiệu.", MetadataRules.MaxNumber, "32/KH-UBND"),
                            ["issuedOn"] = new OpenApiSchema
                            {
                                Type = JsonSchemaType.String,
                                Description = "Ngày ban hành: dd/MM/yyyy hoặc yyyy-MM-dd.",
                                Examples = [JsonValue.Create("20/02/2025")],
                            },
                            ["issuer"] = Text("Cơ quan ban hành.", MetadataRules.MaxIssuer, "Ủy ban nhân dân huyện Đình Lập"),
                        },
                    },
                    Encoding = new Dictionary<string, OpenApiEncoding>
                    {
                        ["file"] = new() { ContentType = string.Join(", ", AcceptedFormats.All.Select(f => f.MediaType)) },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }

    private static OpenApiSchema Text(string description, int maxLength, string example) => new()
    {
        Type = JsonSchemaType.String,
        Description = description,
        MaxLength = maxLength,
        Examples = [JsonValue.Create(example)],
    };
}
