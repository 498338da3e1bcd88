from django.urls import path

from selfhelp.cases import views

app_name = "cases"
urlpatterns = [
    path("", views.case_list, name="list"),
    path("new/", views.case_new, name="new"),
    path("join/", views.join, name="join"),
    path("<case:case_id>/", views.case_home, name="home"),
    path("<case:case_id>/pdf/", views.case_pdf, name="pdf"),
    path("<case:case_id>/my-plan.pdf", views.plan_pdf, name="plan_pdf"),
    path("<case:case_id>/deadline-card.pdf", views.card_pdf, name="card_pdf"),
    path("<case:case_id>/edit/", views.case_edit, name="edit"),
    path("<case:case_id>/delete/", views.case_delete, name="delete"),
    path("<case:case_id>/history/", views.case_history, name="history"),
    path("<case:case_id>/share/", views.share, name="share"),
    path("<case:case_id>/members/<int:member_id>/remove/", views.member_remove, name="member_remove"),
    path("<case:case_id>/leave/", views.leave, name="leave"),
    path("<case:case_id>/changes/<slug:key>/hide/", views.dismiss_change, name="dismiss_change"),
    path("<case:case_id>/checklists/", views.checklists, name="checklists"),
    path("<case:case_id>/checklists/<slug:slug>/", views.checklist, name="checklist"),
]
