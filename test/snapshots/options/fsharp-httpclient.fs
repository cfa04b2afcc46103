open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Options, "{{baseUrl}}/cors")
request.Headers.TryAddWithoutValidation("Origin", "https://app.example.com") |> ignore
request.Headers.TryAddWithoutValidation("Access-Control-Request-Method", "PUT") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
