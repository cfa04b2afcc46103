(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/upload"
    :body (.getBytes "" "UTF-8")
    :method :post}))

(println (:body response))
