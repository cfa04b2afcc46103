(require '[clj-http.client :as client])

(def boundary "snipforge-boundary-7MA4YWxkTrZu0gW")

(defn part [headers ^bytes content]
  (concat (.getBytes (str "--" boundary "\r\n" headers "\r\n\r\n") "UTF-8") content (.getBytes "\r\n" "UTF-8")))

(def body
  (byte-array
   (concat
    (part "Content-Disposition: form-data; name=\"title\"" (.getBytes "Hello" "UTF-8"))
    (part "Content-Disposition: form-data; name=\"bio\"" (.getBytes "line 1\nline 2\r\nline 3" "UTF-8"))
    (part "Content-Disposition: form-data; name=\"name\"" (.getBytes "Zoë 😀" "UTF-8"))
    (part "Content-Disposition: form-data; name=\"tag\"" (.getBytes "a" "UTF-8"))
    (part "Content-Disposition: form-data; name=\"tag\"" (.getBytes "b" "UTF-8"))
    (part "Content-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json" (.getBytes "{\"k\":\"v\"}" "UTF-8"))
    (part "Content-Disposition: form-data; name=\"danger\"" (.getBytes "\"; $(id) #{x} \\(y) '" "UTF-8"))
    (.getBytes (str "--" boundary "--\r\n") "UTF-8"))))

(def response
  (client/request
   {:url "{{baseUrl}}/upload"
    :headers {"Content-Type" (str "multipart/form-data; boundary=" boundary)}
    :body body
    :method :post}))

(println (:body response))
