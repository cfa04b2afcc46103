(require '[clj-http.client :as client])

(def boundary "snipforge-boundary-7MA4YWxkTrZu0gW")

(defn part [headers ^bytes content]
  (concat (.getBytes (str "--" boundary "\r\n" headers "\r\n\r\n") "UTF-8") content (.getBytes "\r\n" "UTF-8")))

(def body
  (byte-array
   (concat
    (part "Content-Disposition: form-data; name=\"name\"" (.getBytes "Ada" "UTF-8"))
    (part "Content-Disposition: form-data; name=\"tag\"" (.getBytes "a" "UTF-8"))
    (part "Content-Disposition: form-data; name=\"tag\"" (.getBytes "b" "UTF-8"))
    (part "Content-Disposition: form-data; name=\"avatar\"; filename=\"upload.txt\"\r\nContent-Type: text/plain" (java.nio.file.Files/readAllBytes (.toPath (java.io.File. "upload.txt"))))
    (.getBytes (str "--" boundary "--\r\n") "UTF-8"))))

(def response
  (client/request
   {:url "{{baseUrl}}/profile"
    :headers {"X-Request-Id" "42"
              "Content-Type" (str "multipart/form-data; boundary=" boundary)}
    :body body
    :method :put}))

(println (:body response))
