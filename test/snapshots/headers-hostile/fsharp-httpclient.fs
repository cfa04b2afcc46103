open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/echo")
request.Headers.TryAddWithoutValidation("X-Shell", "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s") |> ignore
request.Headers.TryAddWithoutValidation("X-Quotes", "'single' \"double\" `back` \\back\\slash\\") |> ignore
request.Headers.TryAddWithoutValidation("X-Interp", "#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}") |> ignore
request.Headers.TryAddWithoutValidation("X-Comment", "*/ /* // # -- <!-- ?>") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
