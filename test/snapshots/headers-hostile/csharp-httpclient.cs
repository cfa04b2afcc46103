using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/echo");
request.Headers.TryAddWithoutValidation("X-Shell", "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s");
request.Headers.TryAddWithoutValidation("X-Quotes", "'single' \"double\" `back` \\back\\slash\\");
request.Headers.TryAddWithoutValidation("X-Interp", "#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}");
request.Headers.TryAddWithoutValidation("X-Comment", "*/ /* // # -- <!-- ?>");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
