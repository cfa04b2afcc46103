(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/notes"
    :headers {"Content-Type" "text/plain"}
    :body (.getBytes "	indented

  spaced  

" "UTF-8")
    :method :post}))

(println (:body response))
