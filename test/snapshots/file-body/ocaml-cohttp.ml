open Lwt.Syntax
open Cohttp_lwt_unix

let read_file path =
  let channel = open_in_bin path in
  let content = really_input_string channel (in_channel_length channel) in
  close_in channel;
  content

let () =
  let uri = Uri.of_string "{{baseUrl}}/blobs/upload.txt" in
  let headers =
    Cohttp.Header.of_list
      [
        ("Content-Type", "application/octet-stream");
      ]
  in
  let body = Cohttp_lwt.Body.of_string (read_file "upload.txt") in
  let request =
    let* response, body =
      Client.call ~headers ~body ~chunked:false `PUT uri
    in
    let* text = Cohttp_lwt.Body.to_string body in
    print_endline (Cohttp.Code.string_of_status (Cohttp.Response.status response));
    print_endline text;
    Lwt.return ()
  in
  Lwt_main.run request
