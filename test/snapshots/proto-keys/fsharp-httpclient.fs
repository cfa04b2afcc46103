open System.Collections.Generic
open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4")
request.Headers.TryAddWithoutValidation("__proto__", "h1") |> ignore
request.Headers.TryAddWithoutValidation("constructor", "h2") |> ignore
request.Headers.TryAddWithoutValidation("prototype", "h3") |> ignore
request.Headers.TryAddWithoutValidation("toString", "h4") |> ignore
request.Content <- new FormUrlEncodedContent([
    KeyValuePair("__proto__", "f1")
    KeyValuePair("constructor", "f2")
    KeyValuePair("prototype", "f3")
    KeyValuePair("valueOf", "f4")
])
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
