import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

var request = URLRequest(url: URL(string: "{{baseUrl}}/echo")!, timeoutInterval: Double.infinity)
request.addValue("\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s", forHTTPHeaderField: "X-Shell")
request.addValue("'single' \"double\" `back` \\back\\slash\\", forHTTPHeaderField: "X-Quotes")
request.addValue("#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}", forHTTPHeaderField: "X-Interp")
request.addValue("*/ /* // # -- <!-- ?>", forHTTPHeaderField: "X-Comment")
request.httpMethod = "GET"

let semaphore = DispatchSemaphore(value: 0)
let task = URLSession.shared.dataTask(with: request) { data, response, error in
  defer { semaphore.signal() }
  guard let data = data else {
    print(String(describing: error))
    return
  }
  print(String(decoding: data, as: UTF8.self))
}

task.resume()
semaphore.wait()
