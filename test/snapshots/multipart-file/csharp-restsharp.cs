using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/upload")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Post);
request.AlwaysMultipartFormData = true;
request.AddFile("document", "upload.txt", "text/plain");
request.AddParameter("description", "A text file");
request.AddParameter("after", "file");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
