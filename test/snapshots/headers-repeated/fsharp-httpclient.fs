open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/tags")
request.Headers.TryAddWithoutValidation("X-Tag", "alpha") |> ignore
request.Headers.TryAddWithoutValidation("Accept", "text/plain") |> ignore
request.Headers.TryAddWithoutValidation("X-Tag", "beta") |> ignore
request.Headers.TryAddWithoutValidation("X-Tag", "gamma") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
