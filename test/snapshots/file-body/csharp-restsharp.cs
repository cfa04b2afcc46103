using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/blobs/upload.txt")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Put);
request.AddHeader("Content-Type", "application/octet-stream");
request.AddBody(File.ReadAllBytes("upload.txt"), "application/octet-stream");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
