open Lwt.Syntax
open Cohttp_lwt_unix

let () =
  let uri = Uri.of_string "{{baseUrl}}/v1/orders" in
  let headers =
    Cohttp.Header.of_list
      [
        ("Content-Type", "application/json");
      ]
  in
  let body = Cohttp_lwt.Body.of_string {|{
  "customer": "Zoë",
  "escaped": "caf\u00e9 \"quoted\" \\ back",
  "items": [
    { "sku": "A-1", "qty": 2, "price": 9.90 },
    { "sku": "B-2", "qty": 1, "price": 1e3 }
  ],
  "note": "#{x} ${y} \\(z) `w`",
  "empty": {},
  "nothing": null
}
|} in
  let request =
    let* response, body =
      Client.call ~headers ~body ~chunked:false `POST uri
    in
    let* text = Cohttp_lwt.Body.to_string body in
    print_endline (Cohttp.Code.string_of_status (Cohttp.Response.status response));
    print_endline text;
    Lwt.return ()
  in
  Lwt_main.run request
