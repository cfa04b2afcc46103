open Lwt.Syntax
open Cohttp_lwt_unix

let () =
  let uri = Uri.of_string "{{baseUrl}}/h?q=%22%3B%20rm%20-rf%20~%3B%20%22%20$(id)%20%60id%60%20%23%7Bsystem('id')%7D%20%5C(exploit)%20$%7BHOME%7D%20'%3B%20require('child_process').exec('id')%3B%20'%20%3C?php%20*/%20%25s" in
  let headers =
    Cohttp.Header.of_list
      [
        ("X-H", "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s");
        ("Content-Type", "text/plain");
      ]
  in
  let body = Cohttp_lwt.Body.of_string {|"; rm -rf ~; " $(id) `id` #{system('id')} \(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s
"; rm -rf ~; " $(id) `id` #{system('id')} \(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s|} in
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
