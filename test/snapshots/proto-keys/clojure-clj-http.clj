(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4"
    :headers {"__proto__" "h1"
              "constructor" "h2"
              "prototype" "h3"
              "toString" "h4"
              "Content-Type" "application/x-www-form-urlencoded"}
    :body (.getBytes "__proto__=f1&constructor=f2&prototype=f3&valueOf=f4" "UTF-8")
    :method :post}))

(println (:body response))
