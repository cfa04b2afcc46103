(require '[clj-http.client :as client])

(def boundary "snipforge-boundary-7MA4YWxkTrZu0gW")

(defn part [headers ^bytes content]
  (concat (.getBytes (str "--" boundary "\r\n" headers "\r\n\r\n") "UTF-8") content (.getBytes "\r\n" "UTF-8")))

(def body
  (byte-array
   (concat
    (part "Content-Disposition: form-data; name=\"__proto__\"" (.getBytes "f1" "UTF-8"))
    (part "Content-Disposition: form-data; name=\"constructor\"" (.getBytes "f2" "UTF-8"))
    (part "Content-Disposition: form-data; name=\"prototype\"" (.getBytes "f3" "UTF-8"))
    (part "Content-Disposition: form-data; name=\"toString\"" (.getBytes "f4" "UTF-8"))
    (.getBytes (str "--" boundary "--\r\n") "UTF-8"))))

(def response
  (client/request
   {:url "{{baseUrl}}/objects"
    :headers {"Content-Type" (str "multipart/form-data; boundary=" boundary)}
    :body body
    :method :post}))

(println (:body response))
