package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Add("X-Keep", "yes")
	req.SetBody("")

	resp, err := req.Execute("PUT", "{{baseUrl}}/settings")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
