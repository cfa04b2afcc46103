using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/echo")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Get);
request.AddHeader("X-Shell", "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s");
request.AddHeader("X-Quotes", "'single' \"double\" `back` \\back\\slash\\");
request.AddHeader("X-Interp", "#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}");
request.AddHeader("X-Comment", "*/ /* // # -- <!-- ?>");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
