(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/settings"
    :headers {"Content-Type" "application/x-www-form-urlencoded"
              "X-Keep" "yes"}
    :body (.getBytes "" "UTF-8")
    :method :put}))

(println (:body response))
